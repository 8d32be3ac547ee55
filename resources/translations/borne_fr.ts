<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Âge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>France Services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En partie</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seul</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numéro national : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Français</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secondes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Aide près d&apos;ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintConfirm</name>
    <message>
        <source>Imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une copie de moins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En tout : %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Imprimer</source>
        <extracomment>Every how many ticks the page is asked whether a video plays. Longest wait for the service&apos;s logout page before wiping anyway. When to look for a scanner after start-up (so the start stays fast). Runs in an isolated world: the page cannot see or fake it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
