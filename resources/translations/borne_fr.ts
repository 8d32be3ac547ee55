<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <extracomment>Smallest touch target of our own buttons, in pixels. Text size steps of A− / A+ for our own screens. (text colour, background colour, where) of the normal theme (≥ 4.5:1). (text colour, background colour, where) of the high-contrast theme (≥ 7:1).</extracomment>
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
        <source>Document enregistré</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
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
    <name>HomeScreen</name>
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
        <extracomment>Each language&apos;s own name (endonym).</extracomment>
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
        <extracomment>Every how many ticks the page is asked whether a video plays. Longest wait for the service&apos;s logout page before wiping anyway. Runs in an isolated world: the page cannot see or fake it.</extracomment>
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
        <source>L&apos;accueil ferme bientôt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne ouvre à %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt : il n&apos;est plus possible de commencer. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>La borne est fermée</source>
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
</TS>
