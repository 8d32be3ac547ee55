<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Contraste</translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation>Cores muito contrastadas</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Ler em voz alta</translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation>Acompanhamento</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation>Pôr o acompanhamento em pausa</translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation>Acompanhamento da próxima pessoa</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation>Cancelar o acompanhamento</translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation>Acompanhamento em pausa</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Retomar</translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation>Retomar o acompanhamento</translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Enviar agora</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation>Não, cancelar</translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation>Sair para manutenção</translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation>Reiniciar o terminal</translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation>Desligar o terminal</translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation>Envio dos números à federação</translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation>Parar ou retomar</translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation>Este terminal não envia os seus números (não está ligado a uma federação). Mesmo assim conta as visitas.</translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation>Os números estão atualizados na federação.</translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation>Há números à espera de serem enviados à federação.</translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation>A federação não está acessível agora (rede?). O terminal vai tentar de novo sozinho; nada se perde.</translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation>A federação recusa este terminal: o envio está parado. Avise a pessoa que trata do computador (o terminal tem de ser registado de novo).</translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation>O porta-chaves do terminal está inacessível: o envio espera. Os números continuam a ser contados.</translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation>Envio pedido</translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation>Sair do terminal para manutenção? O código será pedido.</translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation>Reiniciar o terminal agora?</translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation>Desligar o terminal agora?</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Sim, sair</translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation>Sim, reiniciar</translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation>Sim, desligar</translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation>O computador recusou desligar-se. Use o botão do computador e avise a pessoa que trata dele.</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation>Sim, está feito</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Por terminar sozinho</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Tem de voltar</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Encaminhado para outro lado</translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation>Administração (câmara, prefeitura…)</translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation>O organismo do pedido (CAF…)</translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation>Ajuda social (CCAS, casa da solidariedade…)</translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation>Emprego (France Travail, Mission Locale…)</translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation>France Services, ajuda com pedidos</translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation>Outro local de mediação digital</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Outro</translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation>Fiz tudo com a pessoa</translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation>Fez, com um pouco de ajuda</translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation>Fez tudo sozinho ou sozinha</translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation>Feito com Aidants Connect</translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation>Acrescentar idade ou situação (opcional)</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Idade</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situação</translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation>Guardar e terminar</translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation>Voltar à sessão</translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation>Para que estrutura?</translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation>Fim do acompanhamento</translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation>Verifique as respostas já marcadas e toque em «Guardar e terminar». Tudo o que a pessoa fez será depois apagado.</translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation>O pedido está feito?</translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation>Quem fez o pedido?</translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation>Toque se o pedido está feito ou não.</translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation>Toque em quem fez o pedido.</translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation>Toque na estrutura para onde a pessoa é encaminhada.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Onde encontrar ajuda perto daqui</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Imprimir a lista</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ajuda</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Escrivão público</translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation>CCAS (ação social da câmara)</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation>Mission Locale (16-25 anos)</translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation>Aprender francês</translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation>Ajuda jurídica gratuita</translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation>Outra ajuda</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation>Próximos atendimentos:</translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation>A receção ainda não preencheu esta lista. Pergunte diretamente na receção.</translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation>Código para ler: guarde esta informação</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation>Está impresso. Tire a folha da impressora.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation>O terminal não tem impressora. Peça uma cópia na receção.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation>A impressão não funcionou. Peça uma cópia na receção.</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation>Imagem guardada</translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation>Fica guardado durante a sua sessão. Pode enviá-lo a um site; será apagado no fim.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation>Este ficheiro não pode ser descarregado</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation>O terminal só guarda documentos PDF e imagens (JPEG, PNG). Para outro ficheiro, pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>página</translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation>Impressão iniciada</translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation>As suas páginas estão a sair da impressora (%1).</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation>Não há impressora de momento. Pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation>Este documento não pode ser impresso.</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Não é possível imprimir</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation>A impressão não funcionou. Pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Digitalizar um documento</translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation>Sem scanner: pergunte na receção</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Documento guardado</translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation>Para o enviar, toque no botão do site para anexar um ficheiro: vai encontrá-lo na lista.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation>Endereço da federação (https://…)</translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation>Endereço da federação</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Código de registo</translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation>Código de registo de uso único</translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation>Registar o terminal</translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation>Ligar o terminal a uma federação</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation>Indique o endereço da federação e o código que ela lhe deu.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>A registar…</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation>O registo não funcionou. Verifique o endereço e o código e tente de novo.</translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation>O terminal está registado: os números vão para a federação.</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation>Apagado</translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation>Os seus dados foram apagados.</translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation>Até breve!</translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation>Conseguiu fazer o seu pedido?</translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation>Só uma pergunta, para melhorar o acolhimento. Pode saltá-la.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Sim</translation>
    </message>
    <message>
        <source>En partie</source>
        <translation>Em parte</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Não</translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation>Preciso
de ajuda</translation>
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
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Este mês</translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation>Visitas por serviço</translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation>Sozinho ou acompanhado</translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation>Com acompanhamento: o pedido está feito?</translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation>Horas de chegada mais frequentes</translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation>Nenhuma visita neste período.</translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation>%1 visitas, das quais %2 acompanhadas</translation>
    </message>
    <message>
        <source>Seul</source>
        <translation>Sozinho</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>Acompanhado</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Feito</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Por terminar sozinho</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Tem de voltar</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Encaminhado para outro lado</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Ouvir</translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation>Ler o guia em voz alta</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ajuda</translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation>Fechar o guia</translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation>Este guia ainda não existe na sua língua: aqui está em francês.</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Continuar no meu telemóvel</translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation>Leia este código: abre a página inicial do serviço.</translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation>Ver em grande</translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation>Ver o código em grande</translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation>O guia deste serviço ainda não está escrito.</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation>Alguém da receção pode explicar.</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation>Pergunte na receção</translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation>Para que serve</translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation>Papéis a preparar</translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation>O código recebido por SMS</translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation>Perto daqui</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation>Alguém da receção pode fazer o pedido consigo.</translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation>Código da página inicial do serviço</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Telefone: %1</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation>Peça na receção o endereço do balcão mais próximo.</translation>
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
        <translation>Alguém da receção vai vir ajudá-lo.</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Feito (receção)</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation>Alguém da receção vai vir ajudá-lo</translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation>Fique perto do terminal. Pode continuar enquanto espera.</translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation>Continuar enquanto espera</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Feito (receção)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation>Ninguém está à espera de ajuda.</translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation>Tudo feito</translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation>a receção</translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation>Ajuda pedida às %1 (ecrã: %2)</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Feito</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation>Logótipo do centro</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Português</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Escolher a língua</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ajuda</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Escolha um serviço</translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation>Nenhum serviço está disponível de momento.</translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation>Nada do que faz aqui é guardado: tudo se apaga no fim.</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>O que o terminal conta</translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation>O que o terminal conta, e o que nunca guarda</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation>Continuo</translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation>Terminar agora</translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation>Segundos restantes</translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation>A receção vai fechar</translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>A sessão termina e tudo o que fez será apagado dentro de:</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Ainda está aí?</translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>Sem resposta, a sessão termina e tudo o que fez será apagado dentro de:</translation>
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
        <translation>Ajuda perto daqui</translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Onde encontrar ajuda perto daqui</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guia</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Ler o guia deste serviço</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Escolha um serviço</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation>Mensagem do site</translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation>Pergunta do site</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Escolha a sua língua</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation>Lembre-se de sair da sua conta</translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation>Se entrou num site, saia antes de ir embora.</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Apagar tudo e terminar</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>Voltar ao site</translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation>Tudo o que fez no terminal será apagado.</translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation>Sair de %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation>Terminal de acolhimento</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Percebi</translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation>Não é culpa sua. Também pode pedir ajuda na receção.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Ler o guia deste serviço</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>Voltar ao início</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation>O terminal não está ligado à internet</translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation>A internet não funciona agora neste terminal. Tente de novo daqui a pouco.</translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation>Este serviço tem um problema neste momento</translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation>O site do serviço está em baixo ou muito carregado. Tente mais tarde.</translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation>Este serviço não responde</translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation>A internet funciona, mas o site do serviço não responde. Tente de novo daqui a pouco.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Este documento não pode ser mostrado.</translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation>‹ Voltar ao site</translation>
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
        <translation>Página seguinte ›</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Reduzir</translation>
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
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Validar</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Apagar o último algarismo</translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation>Código da receção</translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation>Reservado ao pessoal e aos voluntários da receção.</translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation>Escolha o código da receção</translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation>
            <numerusform>Primeira utilização: escolha um código de %n algarismos ou mais, para partilhar com a equipa da receção.</numerusform>
            <numerusform>Primeira utilização: escolha um código de %n algarismos ou mais, para partilhar com a equipa da receção.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation>Escreva o mesmo código outra vez</translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation>Para ter a certeza de que não há erros.</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Algarismos escritos: %1</translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>O porta-chaves do terminal não responde: o painel não pode abrir. Avise a pessoa que trata do computador.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Pode tentar de novo.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation>Demasiadas tentativas falhadas: o painel fica bloqueado um tempo. Esqueceu o código? A pessoa que trata do computador pode repô-lo (comando: sudo borne-admin admin reset-pin).</translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation>Código errado. Espere um pouco antes de tentar de novo.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation>Nova tentativa possível dentro de %1 min %2 s</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation>Nova tentativa possível dentro de 1 segundo</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation>Nova tentativa possível dentro de %1 segundos</translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation>Código errado. Tente de novo.</translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation>Só algarismos.</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>Demasiado curto: pelo menos %n algarismos.</numerusform>
            <numerusform>Demasiado curto: pelo menos %n algarismos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation>
            <numerusform>Demasiado longo: no máximo %n algarismos.</numerusform>
            <numerusform>Demasiado longo: no máximo %n algarismos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation>Demasiado fácil de adivinhar (algarismos seguidos ou todos iguais). Escolha outro.</translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation>Os dois códigos são diferentes. Recomece do início.</translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation>Já existe um código: escreva-o.</translation>
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
        <translation>Menos uma cópia</translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation>Mais uma cópia</translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation>Número de cópias:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation>Este documento tem %1.</translation>
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
        <translation>No total: %1</translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation>Ainda pode imprimir %1 nesta sessão.</translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation>É mais do que resta para esta sessão. Peça na receção para imprimir mais.</translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation>Código para ler com o seu telemóvel</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Continuar no meu telemóvel</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation>Leia este código com a câmara do telemóvel. Abre a página inicial de %1.</translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation>O que fez aqui não passa para o seu telemóvel.</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Esta ligação abre num telemóvel</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>O terminal não pode ligar nem escrever mensagens. Leia este código com o telemóvel para o fazer.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation>Voltar ao serviço</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Esta ligação abre num telemóvel</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>O terminal não pode ligar nem escrever mensagens. Leia este código com o telemóvel para o fazer.</translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation>Esta página não está disponível aqui</translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation>A ligação a este site não é segura neste momento. Tente mais tarde ou peça ajuda na receção.</translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation>Não faz parte deste serviço. Pode voltar ao serviço ou pedir ajuda na receção.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation>Digitalizar um documento</translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation>Preto e branco</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Cor</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation>Refazer esta página</translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation>Acrescentar uma página</translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation>Digitalizar a página</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation>Tipo de digitalização:</translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation>documento digitalizado</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>O scanner está ocupado. Espere um momento e tente de novo.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation>Não há nenhuma folha no scanner.</translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation>Há uma folha presa no scanner. Pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>A tampa do scanner está aberta. Feche-a e tente de novo.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation>A digitalização não funcionou. Tente de novo ou pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation>Digitalizar a página seguinte</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation>À procura do scanner…</translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation>O scanner não está disponível. Pergunte a alguém da receção: pode digitalizar por si.</translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation>Ponha a folha no vidro, com o lado escrito para baixo, feche a tampa e toque em «Digitalizar a página».</translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation>A digitalizar… Não levante a tampa.</translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation>Página %1 digitalizada. Verifique se está legível.</translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation>Pode acrescentar outra página ou guardar o documento.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation>Início</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Voltar</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Texto menor</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Texto maior</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Pedir ajuda</translation>
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
        <translation>Digitalizar</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Digitalizar um documento</translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation>Sem scanner</translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation>Pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation>A receção fecha em breve</translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation>Lembre-se de terminar o seu pedido nos próximos minutos.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1h%2</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation>O terminal ainda não está aberto</translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation>Abre às %1.</translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation>Hoje já não é possível começar uma sessão. Volte amanhã a partir das %1, ou pergunte a alguém da receção.</translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation>O terminal está fechado</translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation>Volte amanhã a partir das %1.</translation>
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
        <translation>Nome do centro</translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation>Logótipo do centro</translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation>vazio: sem logótipo</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Guardar as definições</translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation>Nome do centro (no topo do ecrã)</translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation>Logótipo do centro: caminho completo de uma imagem PNG ou SVG</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation>Abertura da receção</translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation>Fecho da receção</translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation>Sem tocar no ecrã, o terminal pergunta «Ainda está aí?» depois de</translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation>… e com acompanhamento, depois de</translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation>Páginas que cada pessoa pode imprimir</translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation>As definições aplicam-se no próximo arranque (botão «Reiniciar» em «O terminal»).</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation>Definições guardadas. Vão aplicar-se no próximo arranque.</translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation>Escreva o nome do centro.</translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation>O nome do centro é demasiado longo.</translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation>O logótipo deve ser o caminho completo de uma imagem PNG ou SVG legível neste computador, por exemplo /var/lib/borne/logo.png.</translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation>A hora de fecho tem de ser depois da abertura.</translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation>Com acompanhamento, o prazo tem de ser pelo menos tão longo como sozinho.</translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>O ficheiro das definições não pode ser escrito neste computador. Avise a pessoa que trata do computador.</translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation>Valor fora dos limites.</translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation>Definições recusadas, nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation>Números</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation>Pedidos de ajuda</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>Mosaicos</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Definições</translation>
    </message>
    <message>
        <source>La borne</source>
        <translation>O terminal</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Começar um acompanhamento</translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation>Fechar o painel</translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation>Painel da receção</translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation>Mediador ou conselheiro digital</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Voluntário</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Escrivão público</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Assistente social</translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation>Um pedido (acesso a direitos)</translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation>Aprender o digital</translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation>Começar o acompanhamento</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Começar um acompanhamento</translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation>A sessão dura mais sem tocar no ecrã, e pode pô-la em pausa. Nenhum nome é guardado.</translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation>Você é</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation>Temas (opcional, vários possíveis)</translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation>Toque primeiro no que é (receção, voluntário…).</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation>Nome do mosaico</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Endereço inicial</translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation>Sites permitidos</translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation>Verificar e acrescentar o mosaico</translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation>Acrescentar um mosaico do centro…</translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation>Nome no mosaico (por exemplo: Câmara)</translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation>Endereço da página inicial</translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation>Sites permitidos (opcional; senão só o site do endereço)</translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation>As alterações ficam guardadas logo e visíveis no próximo arranque.</translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation> (só com acompanhamento)</translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation> (endereço por preencher)</translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation>Visível</translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation>Escondido</translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation>Mostrar ou esconder %1</translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation>Descer %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation>Guardado. Visível no próximo arranque.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation>Escreva o nome do mosaico.</translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation>Nome demasiado longo (40 caracteres no máximo).</translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation>Os sites permitidos estão mal escritos: só nomes como www.cidade.fr ou *.cidade.fr, sem https:// nem /.</translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation>Endereço recusado: deve começar por https:// e o site deve estar nos sites permitidos.</translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation>Este endereço é um exemplo: ponha o endereço verdadeiro.</translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation>Já há um mosaico com este nome.</translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation>Os mosaicos que vêm com o terminal escondem-se, não se retiram.</translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation>Este mosaico já não existe.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>O ficheiro dos mosaicos não pode ser escrito neste computador. Avise a pessoa que trata do computador.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation>O ficheiro dos mosaicos não pode ser lido.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation>O ficheiro dos mosaicos tem um erro: nada foi alterado.</translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation>Recusado, nada foi alterado: %1</translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Escolher um documento para enviar</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation>Ainda não tem nenhum documento. Pode digitalizar um papel ou descarregar um documento do site.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Digitalizar um documento</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Enviar este documento</translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation>%1
(pen USB)</translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation>%1
(digitalizado)</translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation>Toque num documento e depois em «Enviar».</translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation>Toque num ou mais documentos e depois em «Enviar».</translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation>Os documentos da pen USB também são mostrados.</translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation>Enviar estes documentos</translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation>O que o terminal conta</translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation>O terminal conta as visitas para o centro e a federação saberem para que serve. Ninguém pode saber quem é nem o que fez.</translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation>O que nunca é guardado</translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation>O que se conta em cada visita</translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation>Além disso, quando alguém da equipa o acompanha</translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation>Quanto tempo</translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation>O detalhe de cada visita fica neste terminal {days} dias e depois é apagado.</translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation>Só os totais diários (por exemplo «12 visitas, 3 delas para a CAF») são guardados mais tempo e enviados à federação dos centros sociais.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation>O dia da visita.</translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation>A hora, arredondada (por exemplo «entre as 9 e as 10»).</translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation>Se a pessoa estava sozinha ou acompanhada pela equipa.</translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation>A duração, por escalões (menos de 5 minutos, 5 a 15 minutos… 2 horas ou mais).</translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation>Os serviços abertos (CAF, seguro de saúde, impostos…), sem as páginas visitadas.</translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation>O tema do pedido (habitação, saúde, documentos…).</translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation>O número de páginas impressas.</translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation>O número de documentos digitalizados.</translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation>O número de documentos enviados a um site.</translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation>Se foi pedida ajuda.</translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation>A resposta a «Conseguiu fazer o seu pedido?», se responder.</translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation>Como terminou a visita (botão «Terminar», ninguém em frente do ecrã…).</translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation>O papel da pessoa da equipa (receção, voluntário…), nunca o nome.</translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation>Acesso a direitos, ou aprender o digital.</translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation>Se o pedido foi concluído.</translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation>Se a pessoa conseguiu fazer sozinha, um pouco, ou não.</translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation>Para que tipo de estrutura a pessoa foi encaminhada.</translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation>O escalão etário, só se a pessoa o quiser dar.</translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation>A situação (empregado, reformado…), só se a pessoa a quiser dar.</translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation>Se o Aidants Connect foi usado.</translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation>A versão da lista nacional de temas usada para os contar.</translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation>Os endereços dos sites e páginas visitados.</translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation>Os títulos das páginas.</translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation>O que escreve: identificadores, palavras-passe, formulários.</translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation>Os seus documentos: nem o nome, nem o conteúdo.</translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation>A hora exata da sua visita.</translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation>A duração exata da sua visita.</translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation>O seu nome, a sua morada, o seu número de segurança social, nem nada que permita reconhecê-lo.</translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation>O nome da pessoa da equipa que o ajudou.</translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation>Os endereços de ligação à internet (endereços IP).</translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation>Comentários escritos à mão: não há.</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation>O que o
terminal conta</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>O que o terminal conta</translation>
    </message>
</context>
</TS>
