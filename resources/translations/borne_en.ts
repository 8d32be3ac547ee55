<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Contrast</translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation>High-contrast colours</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Read aloud</translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation>With a staff member</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation>Pause the help</translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation>Help for the next person</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation>Cancel the help</translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation>Help paused</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation>Resume the help</translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Send now</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation>No, cancel</translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation>Quit for maintenance</translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation>Restart the kiosk</translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation>Switch off the kiosk</translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation>Sending figures to the federation</translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation>Stop or start again</translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation>This kiosk does not send its figures (it is not linked to a federation). It still counts its visits.</translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation>The federation&apos;s figures are up to date.</translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation>Figures are waiting to be sent to the federation.</translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation>The federation cannot be reached right now (network?). The kiosk will try again by itself; nothing is lost.</translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation>The federation refuses this kiosk: sending is stopped. Tell the person who looks after the computer (the kiosk must be registered again).</translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation>The kiosk&apos;s keyring cannot be reached: sending waits. Figures are still counted.</translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation>Sending requested</translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation>Quit the kiosk for maintenance? The code will be asked.</translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation>Restart the kiosk now?</translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation>Switch off the kiosk now?</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Yes, quit</translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation>Yes, restart</translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation>Yes, switch off</translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation>The computer refused to switch off. Use the computer&apos;s button and tell the person who looks after it.</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation>Yes, it is done</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>To finish alone</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Must come back</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Sent elsewhere</translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation>Administration (town hall, prefecture…)</translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation>The body of the task (CAF…)</translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation>Social help (CCAS, solidarity centre…)</translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation>Work (France Travail, Mission Locale…)</translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation>France Services, help with paperwork</translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation>Another digital help place</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation>I did it all with them</translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation>They did it, with a little help</translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation>They did it all alone</translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation>Done through Aidants Connect</translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation>Add age or situation (optional)</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation>Save and finish</translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation>Back to the session</translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation>Sent to which place?</translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation>End of help</translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation>Check the answers already ticked, then touch “Save and finish”. Everything the person did will then be deleted.</translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation>Is the task done?</translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation>Who did the task?</translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation>Touch whether the task is done or not.</translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation>Touch who did the task.</translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation>Touch where the person is being sent.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Where to find help near here</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Print the list</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Public letter writer</translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation>CCAS (the town&apos;s social help)</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation>Mission Locale (ages 16-25)</translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation>Learn French</translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation>Free legal help</translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation>Other help</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>E-mail: %1</translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation>Next opening times:</translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation>The reception desk has not filled in this list yet. Ask at the reception desk.</translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation>Code to scan: keep this information</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation>It is printed. Take the sheet from the printer.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation>The kiosk has no printer. Ask the reception desk for a copy.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation>Printing did not work. Ask the reception desk for a copy.</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation>Image saved</translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation>It is kept during your session. You can send it to a site; it will be deleted at the end.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation>This file cannot be downloaded</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation>The kiosk keeps only PDF documents and images (JPEG, PNG). For another file, ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>page</translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation>Printing started</translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation>Your pages are coming out of the printer (%1).</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation>There is no printer at the moment. Ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation>This document cannot be printed.</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Printing not possible</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation>Printing did not work. Ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation>No scanner: ask the reception desk</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Document saved</translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation>To send it, touch the site&apos;s button for attaching a file: you will find it in the list.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation>Federation address (https://…)</translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation>Federation address</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Registration code</translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation>One-time registration code</translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation>Register the kiosk</translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation>Link the kiosk to a federation</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation>Enter the federation&apos;s address and the code it gave you.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>Registering…</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation>Registration did not work. Check the address and the code, then try again.</translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation>The kiosk is registered: its figures will go to the federation.</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation>Your data has been deleted.</translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation>See you soon!</translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation>Were you able to do your task?</translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation>Just one question, to improve the welcome. You can skip it.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>En partie</source>
        <translation>Partly</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>No</translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation>I need
help</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>Skip</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>This week</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation>Visits per service</translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation>Alone or with a staff member</translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation>With a staff member: is the task done?</translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation>Busiest arrival times</translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation>No visits in this period.</translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation>%1 visits, including %2 with a staff member</translation>
    </message>
    <message>
        <source>Seul</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>With a staff member</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>To finish alone</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Must come back</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Sent elsewhere</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Listen</translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation>Read the guide aloud</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation>Close the guide</translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation>This guide is not in your language yet: here it is in French.</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Continue on my phone</translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation>Scan this code: it opens the service&apos;s home page.</translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation>Show it big</translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation>Show the code big</translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation>The guide of this service is not written yet.</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation>Someone at the reception desk can explain.</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation>Ask the reception desk</translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation>What it is for</translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation>Papers to have ready</translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation>The code received by SMS</translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation>Near here</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation>Someone at the reception desk can do the task with you.</translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation>Code of the service&apos;s home page</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Phone: %1</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation>Ask the reception desk for the address of the nearest office.</translation>
    </message>
    <message>
        <source>Numéro national : %1</source>
        <translation>National number: %1</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider.</source>
        <translation>Someone from the reception desk is coming to help you.</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Done (reception)</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation>Someone from the reception desk is coming to help you</translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation>Stay near the kiosk. You can carry on while waiting.</translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation>Carry on while waiting</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Done (reception)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation>Nobody is waiting for help.</translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation>All done</translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation>the reception desk</translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation>Help asked at %1 (screen: %2)</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Done</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation>Centre logo</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Choose the language</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Choose a service</translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation>No service is available at the moment.</translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation>Nothing you do here is kept: everything is erased at the end.</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>What the kiosk counts</translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation>What the kiosk counts, and what it never keeps</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation>I carry on</translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation>Finish now</translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation>Seconds left</translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation>The reception desk is about to close</translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>The session ends and everything you did will be deleted in:</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Are you still there?</translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>With no answer, the session ends and everything you did will be deleted in:</translation>
    </message>
    <message>
        <source>seconde</source>
        <translation>second</translation>
    </message>
    <message>
        <source>secondes</source>
        <translation>seconds</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Aide près d&apos;ici</source>
        <translation>Help nearby</translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Where to find help near here</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Read the guide of this service</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Choose a service</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation>Message from the site</translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation>Question from the site</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Choose your language</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation>Remember to log out of your account</translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation>If you logged in to a site, log out before you leave.</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Delete everything and finish</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>Back to the site</translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation>Everything you did on the kiosk will be deleted.</translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation>Log out of %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation>Welcome kiosk</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation>I understand</translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation>It is not your fault. You can also ask the reception desk for help.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Read the guide of this service</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>Back to the home screen</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation>The kiosk is not connected to the internet</translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation>The internet is not working on the kiosk right now. Try again in a moment.</translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation>This service has a problem right now</translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation>The service&apos;s site is down or too busy. Try again later.</translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation>This service does not answer</translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation>The internet works, but the service&apos;s site does not answer. Try again in a moment.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>This document cannot be shown.</translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation>‹ Back to the site</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Previous page</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Next page ›</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Zoom in</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Page %1 of %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Delete the last digit</translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation>Reception code</translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation>For reception staff and volunteers only.</translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation>Choose the reception code</translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation>
            <numerusform>First use: choose a code of %n digits or more, to share with the reception team.</numerusform>
            <numerusform>First use: choose a code of %n digits or more, to share with the reception team.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation>Type the same code a second time</translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation>To be sure there is no typing mistake.</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Digits typed: %1</translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>The kiosk&apos;s keyring does not answer: the panel cannot open. Tell the person who looks after the computer.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>You can try again.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation>Too many failed tries: the panel is locked for a while. Code forgotten? The person who looks after the computer can reset it (command: sudo borne-admin admin reset-pin).</translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation>Wrong code. Wait a little before trying again.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation>New try possible in %1 min %2 s</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation>New try possible in 1 second</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation>New try possible in %1 seconds</translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation>Wrong code. Try again.</translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation>Digits only.</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>Too short: at least %n digits.</numerusform>
            <numerusform>Too short: at least %n digits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation>
            <numerusform>Too long: at most %n digits.</numerusform>
            <numerusform>Too long: at most %n digits.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation>Too easy to guess (digits in a row or all the same). Choose another one.</translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation>The two codes are different. Start again from the beginning.</translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation>A code already exists: type it.</translation>
    </message>
</context>
<context>
    <name>PrintConfirm</name>
    <message>
        <source>Imprimer</source>
        <translation>Print</translation>
    </message>
    <message>
        <source>Une copie de moins</source>
        <translation>One copy less</translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation>One copy more</translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation>Number of copies:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation>This document has %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>En tout : %1</source>
        <translation>In all: %1</translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation>You can still print %1 during this session.</translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation>That is more than what is left for this session. Ask the reception desk to print more.</translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation>Code to scan with your phone</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Continue on my phone</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation>Scan this code with your phone&apos;s camera. It opens the home page of %1.</translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation>What you did on the kiosk does not go to your phone.</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>This link opens on a phone</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>The kiosk cannot call or write a message. Scan this code with your phone to do it.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation>Back to the service</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>This link opens on a phone</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>The kiosk cannot call or write a message. Scan this code with your phone to do it.</translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation>This page is not available on the kiosk</translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation>The connection with this site is not safe right now. Try again later or ask the reception desk for help.</translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation>It is not part of this service. You can go back to the service or ask the reception desk for help.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation>Black and white</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Colour</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation>Redo this page</translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation>Add a page</translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation>Scan the page</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation>Type of scan:</translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation>scanned document</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>The scanner is busy. Wait a moment, then try again.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation>There is no sheet in the scanner.</translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation>A sheet is stuck in the scanner. Ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>The scanner lid is open. Close it, then try again.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation>The scan did not work. Try again, or ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Try again</translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation>Scan the next page</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation>Looking for the scanner…</translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation>The scanner is not available. Ask someone at the reception desk: they can scan for you.</translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation>Put the sheet on the glass, written side down, close the lid, then touch “Scan the page”.</translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation>Scanning… Do not lift the lid.</translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation>Page %1 scanned. Check that it is readable.</translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation>You can add another page, or save the document.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation>Home</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Smaller text</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Bigger text</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Ask for help</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Finish</translation>
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
        <translation>Print</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Print this page</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Scan</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation>No scanner</translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation>Ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation>The reception desk closes soon</translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation>Remember to finish your task in the next few minutes.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation>The kiosk is not open yet</translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation>It opens at %1.</translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation>You cannot start a session any more today. Come back tomorrow from %1, or ask someone at the reception desk.</translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation>The kiosk is closed</translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation>Come back tomorrow from %1.</translation>
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
        <translation>%1 pages</translation>
    </message>
    <message>
        <source>Nom du centre</source>
        <translation>Centre&apos;s name</translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation>Centre logo</translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation>empty: no logo</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation>Centre&apos;s name (at the top of the screen)</translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation>Centre logo: full path of a PNG or SVG image</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation>Reception opens</translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation>Reception closes</translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation>Without a touch, the kiosk asks “Are you still there?” after</translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation>… and with a staff member, after</translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation>Pages each person can print</translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation>Settings apply the next time the kiosk starts (“Restart” button in “The kiosk”).</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation>Settings saved. They will apply the next time the kiosk starts.</translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation>Write the centre&apos;s name.</translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation>The centre&apos;s name is too long.</translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation>The logo must be the full path of a PNG or SVG image readable on this computer, for example /var/lib/borne/logo.png.</translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation>The closing time must be after the opening time.</translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation>With a staff member, the delay must be at least as long as alone.</translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>The settings file cannot be written on this computer. Tell the person who looks after the computer.</translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation>Value out of range.</translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation>Settings refused, nothing was changed.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation>Help requests</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>Tiles</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>La borne</source>
        <translation>The kiosk</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Start helping someone</translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation>Close the panel</translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation>Reception panel</translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation>Home</translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation>Digital mediator or adviser</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Volunteer</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Public letter writer</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Social worker</translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation>A task (access to rights)</translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation>Learn digital skills</translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation>Start helping</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Start helping someone</translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation>The session lasts longer without touching the screen, and you can pause it. No name is recorded.</translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation>You are</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation>Themes (optional, several possible)</translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation>First touch what you are (reception, volunteer…).</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation>Tile name</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Start address</translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation>Allowed sites</translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation>Check and add the tile</translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation>Add a tile of the centre…</translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation>Name on the tile (for example: Town hall)</translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation>Address of the start page</translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation>Allowed sites (optional; otherwise only the address&apos;s site)</translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation>Changes are saved at once and visible the next time the kiosk starts.</translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation>Cancel adding</translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation> (with a staff member only)</translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation> (address to fill in)</translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation>Shown</translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation>Hidden</translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation>Show or hide %1</translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation>Move %1 up</translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation>Move %1 down</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation>Saved. Visible the next time the kiosk starts.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation>Write the tile&apos;s name.</translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation>Name too long (40 characters at most).</translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation>The allowed sites are badly written: only names like www.town.fr or *.town.fr, without https:// or /.</translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation>Address refused: it must start with https:// and its site must be in the allowed sites.</translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation>This address is an example: put the real address.</translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation>A tile already has this name.</translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation>Tiles delivered with the kiosk can be hidden, not removed.</translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation>This tile no longer exists.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>The tiles file cannot be written on this computer. Tell the person who looks after the computer.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation>The tiles file cannot be read.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation>The tiles file has an error: nothing was changed.</translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation>Refused, nothing was changed: %1</translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Choose a document to send</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation>You have no document yet. You can scan a paper, or download a document from the site.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Scan a document</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Send this document</translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation>%1
(USB stick)</translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation>%1
(scanned)</translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation>Touch a document, then “Send”.</translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation>Touch one or more documents, then “Send”.</translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation>The documents on the USB stick are shown too.</translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation>Send these documents</translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation>What the kiosk counts</translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation>The kiosk counts its visits so the centre and its federation know what it is used for. Nobody can know who you are or what you did.</translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation>What is never recorded</translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation>What is counted, for each visit</translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation>Also, when a staff member helps you</translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation>How long</translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation>The details of each visit stay on this kiosk {days} days, then they are deleted.</translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation>Only daily totals (for example “12 visits, 3 of them for the CAF”) are kept longer and sent to the federation of social centres.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation>The day of the visit.</translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation>The hour, rounded (for example “between 9 and 10”).</translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation>Whether the person was alone or with a staff member.</translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation>The length, in bands (under 5 minutes, 5 to 15 minutes… 2 hours or more).</translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation>The services opened (CAF, health insurance, taxes…), without the pages visited.</translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation>The theme of the task (housing, health, papers…).</translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation>The number of pages printed.</translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation>The number of documents scanned.</translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation>The number of documents sent to a site.</translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation>Whether help was asked for.</translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation>The answer to “Were you able to do your task?”, if you answer.</translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation>How the visit ended (“Finish” button, nobody in front of the screen…).</translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation>The role of the staff member (reception, volunteer…), never their name.</translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation>Access to rights, or learning digital skills.</translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation>Whether the task succeeded.</translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation>Whether the person could do it alone, a little, or not.</translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation>Which kind of place the person was sent to.</translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation>The age band, only if the person is willing to give it.</translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation>The situation (in work, retired…), only if the person is willing to give it.</translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation>Whether Aidants Connect was used.</translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation>The version of the national list of themes used to count them.</translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation>The addresses of the sites and pages visited.</translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation>Page titles.</translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation>What you type: logins, passwords, forms.</translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation>Your documents: not their name, not their content.</translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation>The exact time of your visit.</translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation>The exact length of your visit.</translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation>Your name, your address, your social security number, or anything that could identify you.</translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation>The name of the staff member who helped you.</translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation>Internet connection addresses (IP addresses).</translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation>Handwritten comments: there are none.</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation>What the
kiosk counts</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>What the kiosk counts</translation>
    </message>
</context>
</TS>
