<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation>Colores muy contrastados</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Leer en voz alta</translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation>Acompañamiento</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation>Poner el acompañamiento en pausa</translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation>Acompañamiento de la próxima persona</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation>Cancelar el acompañamiento</translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation>Acompañamiento en pausa</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation>Reanudar el acompañamiento</translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Enviar ahora</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation>No, cancelar</translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation>Salir para mantenimiento</translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation>Reiniciar el terminal</translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation>Apagar el terminal</translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation>Envío de cifras a la federación</translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation>Detener o reanudar</translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation>Este terminal no envía sus cifras (no está unido a una federación). Aun así cuenta sus visitas.</translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation>Las cifras están al día en la federación.</translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation>Hay cifras esperando a enviarse a la federación.</translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation>La federación no está accesible ahora (¿red?). El terminal lo volverá a intentar solo; no se pierde nada.</translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation>La federación rechaza este terminal: el envío está detenido. Avise a la persona que se ocupa del ordenador (hay que volver a registrar el terminal).</translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation>El llavero del terminal no está accesible: el envío espera. Las cifras se siguen contando.</translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation>Envío solicitado</translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation>¿Salir del terminal para mantenimiento? Se pedirá el código.</translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation>¿Reiniciar el terminal ahora?</translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation>¿Apagar el terminal ahora?</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Sí, salir</translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation>Sí, reiniciar</translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation>Sí, apagar</translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation>El ordenador no se ha querido apagar. Use el botón del ordenador y avise a la persona que se ocupa de él.</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation>Sí, está hecho</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Por terminar solo</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Debe volver</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Enviado a otro lugar</translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation>Administración (ayuntamiento, prefectura…)</translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation>El organismo del trámite (CAF…)</translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation>Ayuda social (CCAS, casa de la solidaridad…)</translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation>Empleo (France Travail, Mission Locale…)</translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation>France Services, ayuda con trámites</translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation>Otro lugar de mediación digital</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation>Lo hice todo con la persona</translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation>Lo hizo, con un poco de ayuda</translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation>Lo hizo todo solo o sola</translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation>Hecho con Aidants Connect</translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation>Añadir edad o situación (opcional)</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Edad</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situación</translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation>Guardar y terminar</translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation>Volver a la sesión</translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation>¿A qué estructura?</translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation>Fin del acompañamiento</translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation>Compruebe las respuestas ya marcadas y toque «Guardar y terminar». Después se borrará todo lo que hizo la persona.</translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation>¿Está hecho el trámite?</translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation>¿Quién hizo el trámite?</translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation>Toque si el trámite está hecho o no.</translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation>Toque quién hizo el trámite.</translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation>Toque a qué estructura se envía a la persona.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Dónde encontrar ayuda cerca de aquí</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Imprimir la lista</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Escribiente público</translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation>CCAS (ayuda social municipal)</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation>Mission Locale (16-25 años)</translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation>Aprender francés</translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation>Ayuda jurídica gratuita</translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation>Otra ayuda</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>Correo: %1</translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation>Próximas permanencias:</translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation>La acogida aún no ha rellenado esta lista. Pregunte directamente en la acogida.</translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation>Código para escanear: guarde esta información</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation>Ya está impreso. Recoja la hoja en la impresora.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation>El terminal no tiene impresora. Pida una copia en la acogida.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation>La impresión no ha funcionado. Pida una copia en la acogida.</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation>Imagen guardada</translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation>Se guarda durante su sesión. Puede enviarlo a un sitio; se borrará al final.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation>Este archivo no se puede descargar</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation>El terminal solo guarda documentos PDF e imágenes (JPEG, PNG). Para otro archivo, pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation>Impresión en marcha</translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation>Sus páginas salen de la impresora (%1).</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation>No hay impresora por ahora. Pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation>Este documento no se puede imprimir.</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>No se puede imprimir</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation>La impresión no ha funcionado. Pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Escanear un documento</translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation>Sin escáner: pregunte en la acogida</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Documento guardado</translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation>Para enviarlo, toque el botón del sitio para adjuntar un archivo: lo encontrará en la lista.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation>Dirección de la federación (https://…)</translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation>Dirección de la federación</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Código de registro</translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation>Código de registro de un solo uso</translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation>Registrar el terminal</translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation>Unir el terminal a una federación</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation>Indique la dirección de la federación y el código que le dio.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation>El registro no ha funcionado. Compruebe la dirección y el código y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation>El terminal está registrado: sus cifras irán a la federación.</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation>Sus datos se han borrado.</translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation>¡Hasta pronto!</translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation>¿Pudo hacer su trámite?</translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation>Una sola pregunta, para mejorar la acogida. Puede saltarla.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>En partie</source>
        <translation>En parte</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation>Necesito
ayuda</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>Saltar</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation>Visitas por servicio</translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation>Solo o acompañado</translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation>Con acompañamiento: ¿está hecho el trámite?</translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation>Horas de llegada más frecuentes</translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation>Ninguna visita en este periodo.</translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation>%1 visitas, de ellas %2 acompañadas</translation>
    </message>
    <message>
        <source>Seul</source>
        <translation>Solo</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>Acompañado</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Por terminar solo</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Debe volver</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Enviado a otro lugar</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Escuchar</translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation>Leer la guía en voz alta</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation>Cerrar la guía</translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation>Esta guía aún no existe en su idioma: aquí está en francés.</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Seguir en mi teléfono</translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation>Escanee este código: abre la página de inicio del servicio.</translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation>Ver en grande</translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation>Ver el código en grande</translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation>La guía de este servicio aún no está escrita.</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation>Alguien de la acogida se lo puede explicar.</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation>Pregunte en la acogida</translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation>Para qué sirve</translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation>Papeles que preparar</translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation>El código recibido por SMS</translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation>Cerca de aquí</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation>Alguien de la acogida puede hacer el trámite con usted.</translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation>Código de la página de inicio del servicio</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Teléfono: %1</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation>Pida en la acogida la dirección de la oficina más cercana.</translation>
    </message>
    <message>
        <source>Numéro national : %1</source>
        <translation>Número nacional: %1</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider.</source>
        <translation>Alguien de la acogida va a venir a ayudarle.</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Hecho (acogida)</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation>Alguien de la acogida va a venir a ayudarle</translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation>Quédese cerca del terminal. Puede seguir mientras espera.</translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation>Seguir mientras espera</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Hecho (acogida)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation>Nadie espera ayuda.</translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation>Todo hecho</translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation>la acogida</translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation>Ayuda pedida a las %1 (pantalla: %2)</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation>Logotipo del centro</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Español</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Elegir el idioma</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Elija un servicio</translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation>No hay ningún servicio disponible por ahora.</translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation>Nada de lo que hace aquí se guarda: todo se borra al final.</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>Lo que cuenta el terminal</translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation>Lo que cuenta el terminal, y lo que nunca guarda</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation>Sigo</translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation>Terminar ahora</translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation>La acogida va a cerrar</translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>La sesión termina y todo lo que hizo se borrará en:</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>Sin respuesta, la sesión termina y todo lo que hizo se borrará en:</translation>
    </message>
    <message>
        <source>seconde</source>
        <translation>segundo</translation>
    </message>
    <message>
        <source>secondes</source>
        <translation>segundos</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Aide près d&apos;ici</source>
        <translation>Ayuda cerca de aquí</translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Dónde encontrar ayuda cerca de aquí</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Leer la guía de este servicio</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Elija un servicio</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation>Mensaje del sitio</translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation>Pregunta del sitio</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Elija su idioma</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation>Acuérdese de cerrar la sesión de su cuenta</translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation>Si se conectó a un sitio, cierre la sesión antes de irse.</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Borrar todo y terminar</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>Volver al sitio</translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation>Todo lo que hizo en el terminal se borrará.</translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation>Cerrar sesión en %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation>Terminal de acogida</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Entendido</translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation>No es culpa suya. También puede pedir ayuda en la acogida.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Leer la guía de este servicio</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>Volver al inicio</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation>El terminal no está conectado a internet</translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation>Internet no funciona ahora en este terminal. Inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation>Este servicio tiene un problema ahora</translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation>El sitio del servicio está caído o muy saturado. Inténtelo más tarde.</translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation>Este servicio no responde</translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation>Internet funciona, pero el sitio del servicio no responde. Inténtelo de nuevo en un momento.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Este documento no se puede mostrar.</translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation>‹ Volver al sitio</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Página anterior</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Página siguiente ›</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Reducir</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Ampliar</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Retour</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Borrar la última cifra</translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation>Código de la acogida</translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation>Reservado al personal y a los voluntarios de la acogida.</translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation>Elija el código de la acogida</translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation>
            <numerusform>Primer uso: elija un código de %n cifras o más, para compartir con el equipo de acogida.</numerusform>
            <numerusform>Primer uso: elija un código de %n cifras o más, para compartir con el equipo de acogida.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation>Escriba el mismo código otra vez</translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation>Para estar seguro de que no hay errores.</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Cifras escritas: %1</translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>El llavero del terminal no responde: el panel no puede abrirse. Avise a la persona que se ocupa del ordenador.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Puede volver a intentarlo.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation>Demasiados intentos fallidos: el panel se bloquea un rato. ¿Olvidó el código? La persona que se ocupa del ordenador puede reiniciarlo (orden: sudo borne-admin admin reset-pin).</translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation>Código incorrecto. Espere un poco antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation>Nuevo intento posible en %1 min %2 s</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation>Nuevo intento posible en 1 segundo</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation>Nuevo intento posible en %1 segundos</translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation>Código incorrecto. Inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation>Solo cifras.</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>Demasiado corto: al menos %n cifras.</numerusform>
            <numerusform>Demasiado corto: al menos %n cifras.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation>
            <numerusform>Demasiado largo: como máximo %n cifras.</numerusform>
            <numerusform>Demasiado largo: como máximo %n cifras.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation>Demasiado fácil de adivinar (cifras seguidas o todas iguales). Elija otro.</translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation>Los dos códigos son distintos. Empiece de nuevo.</translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation>Ya existe un código: escríbalo.</translation>
    </message>
</context>
<context>
    <name>PrintConfirm</name>
    <message>
        <source>Imprimer</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Une copie de moins</source>
        <translation>Una copia menos</translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation>Una copia más</translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation>Número de copias:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation>Este documento tiene %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 página</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>En tout : %1</source>
        <translation>En total: %1</translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation>Aún puede imprimir %1 en esta sesión.</translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation>Es más de lo que queda para esta sesión. Pida en la acogida para imprimir más.</translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation>Código para escanear con su teléfono</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Seguir en mi teléfono</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation>Escanee este código con la cámara de su teléfono. Abre la página de inicio de %1.</translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation>Lo que hizo aquí no pasa a su teléfono.</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Este enlace se abre en un teléfono</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>El terminal no puede llamar ni escribir un mensaje. Escanee este código con su teléfono para hacerlo.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation>Volver al servicio</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Este enlace se abre en un teléfono</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>El terminal no puede llamar ni escribir un mensaje. Escanee este código con su teléfono para hacerlo.</translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation>Esta página no está disponible aquí</translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation>La conexión con este sitio no es segura ahora. Inténtelo más tarde o pida ayuda en la acogida.</translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation>No forma parte de este servicio. Puede volver al servicio o pedir ayuda en la acogida.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation>Escanear un documento</translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation>Blanco y negro</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Color</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation>Repetir esta página</translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation>Añadir una página</translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation>Escanear la página</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation>Tipo de escaneo:</translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation>documento escaneado</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>El escáner está ocupado. Espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation>No hay ninguna hoja en el escáner.</translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation>Hay una hoja atascada en el escáner. Pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>La tapa del escáner está abierta. Ciérrela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation>El escaneo no ha funcionado. Inténtelo de nuevo o pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation>Escanear la página siguiente</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation>Buscando el escáner…</translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation>El escáner no está disponible. Pregunte a alguien de la acogida: puede escanear por usted.</translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation>Ponga la hoja sobre el cristal, con la cara escrita hacia abajo, cierre la tapa y toque «Escanear la página».</translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation>Escaneando… No levante la tapa.</translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation>Página %1 escaneada. Compruebe que se lee bien.</translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation>Puede añadir otra página o guardar el documento.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Texto más pequeño</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texto más grande</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ayuda</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Imprimer</source>
        <extracomment>Every how many ticks the page is asked whether a video plays. Longest wait for the service&apos;s logout page before wiping anyway. When to look for a scanner after start-up (so the start stays fast). Runs in an isolated world: the page cannot see or fake it.</extracomment>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Imprimir esta página</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Escanear</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Escanear un documento</translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation>Sin escáner</translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation>Pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation>La acogida cierra pronto</translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation>Acuérdese de terminar su trámite en los próximos minutos.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation>El terminal aún no está abierto</translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation>Abre a las %1.</translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation>Hoy ya no se puede empezar una sesión. Vuelva mañana a partir de las %1, o pregunte a alguien de la acogida.</translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation>El terminal está cerrado</translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation>Vuelva mañana a partir de las %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 páginas</translation>
    </message>
    <message>
        <source>Nom du centre</source>
        <translation>Nombre del centro</translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation>Logotipo del centro</translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation>vacío: sin logotipo</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Guardar los ajustes</translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation>Nombre del centro (arriba de la pantalla)</translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation>Logotipo del centro: ruta completa de una imagen PNG o SVG</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation>Apertura de la acogida</translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation>Cierre de la acogida</translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation>Sin tocar la pantalla, el terminal pregunta «¿Sigue ahí?» después de</translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation>… y con acompañamiento, después de</translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation>Páginas que cada persona puede imprimir</translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation>Los ajustes se aplican en el próximo arranque (botón «Reiniciar» en «El terminal»).</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation>Ajustes guardados. Se aplicarán en el próximo arranque.</translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation>Escriba el nombre del centro.</translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation>El nombre del centro es demasiado largo.</translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation>El logotipo debe ser la ruta completa de una imagen PNG o SVG legible en este ordenador, por ejemplo /var/lib/borne/logo.png.</translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation>La hora de cierre debe ser posterior a la de apertura.</translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation>Con acompañamiento, el plazo debe ser al menos tan largo como solo.</translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>El archivo de ajustes no se puede escribir en este ordenador. Avise a la persona que se ocupa del ordenador.</translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation>Valor fuera de límites.</translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation>Ajustes rechazados, no se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation>Peticiones de ayuda</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>Mosaicos</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>La borne</source>
        <translation>El terminal</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Empezar un acompañamiento</translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation>Cerrar el panel</translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation>Panel de la acogida</translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation>Mediador o asesor digital</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Escribiente público</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Trabajador social</translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation>Un trámite (acceso a derechos)</translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation>Aprender lo digital</translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation>Empezar el acompañamiento</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Empezar un acompañamiento</translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation>La sesión dura más sin tocar la pantalla y podrá pausarla. No se guarda ningún nombre.</translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation>Usted es</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation>Temas (opcional, varios posibles)</translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation>Toque primero lo que usted es (acogida, voluntario…).</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation>Nombre del mosaico</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Dirección de inicio</translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation>Sitios permitidos</translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation>Comprobar y añadir el mosaico</translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation>Añadir un mosaico del centro…</translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation>Nombre en el mosaico (por ejemplo: Ayuntamiento)</translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation>Dirección de la página de inicio</translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation>Sitios permitidos (opcional; si no, solo el sitio de la dirección)</translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation>Los cambios se guardan al momento y se ven en el próximo arranque.</translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation>Cancelar la adición</translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation> (solo con acompañamiento)</translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation> (dirección por completar)</translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation>Visible</translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation>Oculto</translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation>Mostrar u ocultar %1</translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation>Guardado. Visible en el próximo arranque.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation>Escriba el nombre del mosaico.</translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation>Nombre demasiado largo (40 caracteres como máximo).</translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation>Los sitios permitidos están mal escritos: solo nombres como www.ciudad.fr o *.ciudad.fr, sin https:// ni /.</translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation>Dirección rechazada: debe empezar por https:// y su sitio debe estar entre los permitidos.</translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation>Esta dirección es un ejemplo: ponga la dirección real.</translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation>Ya hay un mosaico con este nombre.</translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation>Los mosaicos que vienen con el terminal se ocultan, no se quitan.</translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation>Este mosaico ya no existe.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>El archivo de mosaicos no se puede escribir en este ordenador. Avise a la persona que se ocupa del ordenador.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation>El archivo de mosaicos no se puede leer.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation>El archivo de mosaicos tiene un error: no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation>Rechazado, no se ha cambiado nada: %1</translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Elegir un documento para enviar</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation>Aún no tiene ningún documento. Puede escanear un papel o descargar un documento del sitio.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Escanear un documento</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Enviar este documento</translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation>%1
(memoria USB)</translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation>%1
(escaneado)</translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation>Toque un documento y luego «Enviar».</translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation>Toque uno o varios documentos y luego «Enviar».</translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation>También se muestran los documentos de la memoria USB.</translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation>Enviar estos documentos</translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation>Lo que cuenta el terminal</translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation>El terminal cuenta sus visitas para que el centro y su federación sepan para qué sirve. Nadie puede saber quién es usted ni lo que hizo.</translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation>Lo que nunca se guarda</translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation>Lo que se cuenta en cada visita</translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation>Además, cuando alguien del equipo le acompaña</translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation>Cuánto tiempo</translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation>El detalle de cada visita se queda en este terminal {days} días y luego se borra.</translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation>Solo se guardan más tiempo los totales diarios (por ejemplo «12 visitas, 3 de ellas para la CAF») y se envían a la federación de centros sociales.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation>El día de la visita.</translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation>La hora, redondeada (por ejemplo «entre las 9 y las 10»).</translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation>Si la persona estaba sola o acompañada por el equipo.</translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation>La duración, por tramos (menos de 5 minutos, de 5 a 15 minutos… 2 horas o más).</translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation>Los servicios abiertos (CAF, seguro de salud, impuestos…), sin las páginas visitadas.</translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation>El tema del trámite (vivienda, salud, papeles…).</translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation>El número de páginas impresas.</translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation>El número de documentos escaneados.</translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation>El número de documentos enviados a un sitio.</translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation>Si se pidió ayuda.</translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation>La respuesta a «¿Pudo hacer su trámite?», si responde.</translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation>Cómo terminó la visita (botón «Terminar», nadie delante de la pantalla…).</translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation>El papel de la persona del equipo (acogida, voluntario…), nunca su nombre.</translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation>Acceso a derechos, o aprender lo digital.</translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation>Si el trámite salió bien.</translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation>Si la persona pudo hacerlo sola, un poco o no.</translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation>A qué tipo de estructura se orientó a la persona.</translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation>El tramo de edad, solo si la persona quiere darlo.</translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation>La situación (con empleo, jubilado…), solo si la persona quiere darla.</translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation>Si se usó Aidants Connect.</translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation>La versión de la lista nacional de temas usada para contarlos.</translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation>Las direcciones de los sitios y páginas visitados.</translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation>Los títulos de las páginas.</translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation>Lo que escribe: identificadores, contraseñas, formularios.</translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation>Sus documentos: ni su nombre ni su contenido.</translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation>La hora exacta de su visita.</translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation>La duración exacta de su visita.</translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation>Ni su nombre, ni su dirección, ni su número de seguridad social, ni nada que permita reconocerle.</translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation>El nombre de la persona del equipo que le ayudó.</translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation>Las direcciones de conexión a internet (direcciones IP).</translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation>Comentarios escritos a mano: no hay.</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation>Lo que cuenta
el terminal</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>Lo que cuenta el terminal</translation>
    </message>
</context>
</TS>
