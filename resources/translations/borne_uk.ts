<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Контраст</translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation>Дуже контрастні кольори</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Читати вголос</translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation>Супровід</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation>Призупинити супровід</translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation>Супровід наступної людини</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation>Скасувати супровід</translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation>Супровід призупинено</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation>Продовжити супровід</translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Надіслати зараз</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation>Ні, скасувати</translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation>Вийти для обслуговування</translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation>Перезапустити термінал</translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation>Вимкнути термінал</translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation>Надсилання цифр до федерації</translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation>Зупинити або відновити</translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation>Цей термінал не надсилає свої цифри (він не під&apos;єднаний до федерації). Але відвідування все одно рахує.</translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation>Цифри у федерації актуальні.</translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation>Є цифри, які чекають на надсилання до федерації.</translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation>Федерація зараз недоступна (мережа?). Термінал сам спробує ще раз; нічого не втрачено.</translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation>Федерація відхиляє цей термінал: надсилання зупинено. Повідомте людину, яка обслуговує комп&apos;ютер (термінал треба зареєструвати знову).</translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation>Сховище ключів терміналу недоступне: надсилання чекає. Цифри й далі рахуються.</translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation>Надсилання запитано</translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation>Вийти з терміналу для обслуговування? Буде запитано код.</translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation>Перезапустити термінал зараз?</translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation>Вимкнути термінал зараз?</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Так, вийти</translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation>Так, перезапустити</translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation>Так, вимкнути</translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation>Комп&apos;ютер не вимкнувся. Скористайтеся кнопкою комп&apos;ютера й повідомте людину, яка його обслуговує.</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation>Так, зроблено</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Завершити самостійно</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Має повернутися</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Направлено деінде</translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation>Адміністрація (мерія, префектура…)</translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation>Установа, якої стосується справа (CAF…)</translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation>Соціальна допомога (CCAS, центр солідарності…)</translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation>Робота (France Travail, Mission Locale…)</translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation>France Services, допомога з документами</translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation>Інше місце цифрової допомоги</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Інше</translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation>Я зробив усе разом із цією людиною</translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation>Зробили з невеликою допомогою</translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation>Зробили все самостійно</translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation>Зроблено через Aidants Connect</translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation>Додати вік або становище (необов&apos;язково)</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Вік</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Становище</translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation>Зберегти й завершити</translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation>Повернутися до сеансу</translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation>До якої установи?</translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation>Кінець супроводу</translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation>Перевірте вже позначені відповіді, потім торкніться «Зберегти й завершити». Після цього все, що зробила людина, буде стерто.</translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation>Справу зроблено?</translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation>Хто зробив справу?</translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation>Торкніться, чи зроблено справу.</translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation>Торкніться того, хто зробив справу.</translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation>Торкніться, куди направляють людину.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Де знайти допомогу поруч</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Надрукувати список</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Громадський писар</translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation>CCAS (соціальна допомога міста)</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation>Mission Locale (16-25 років)</translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation>Вивчати французьку</translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation>Безоплатна правова допомога</translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation>Інша допомога</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>Ел. пошта: %1</translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation>Найближчі години прийому:</translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation>Приймальня ще не заповнила цей список. Запитайте безпосередньо в приймальні.</translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation>Код для сканування: збережіть ці дані</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation>Надруковано. Заберіть аркуш із принтера.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation>Термінал не має принтера. Попросіть копію в приймальні.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation>Друк не вдався. Попросіть копію в приймальні.</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation>Зображення збережено</translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation>Він зберігається під час вашого сеансу. Ви можете надіслати його на сайт; наприкінці його буде стерто.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation>Цей файл неможливо завантажити</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation>Термінал зберігає лише PDF-документи та зображення (JPEG, PNG). Щодо іншого файлу зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>сторінка</translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation>Друк розпочато</translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation>Ваші сторінки друкуються (%1).</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation>Зараз немає принтера. Зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation>Цей документ неможливо надрукувати.</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Друк неможливий</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation>Друк не вдався. Зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Сканувати документ</translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation>Немає сканера: запитайте в приймальні</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Документ збережено</translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation>Щоб надіслати його, торкніться кнопки сайту для додавання файлу: ви знайдете його в списку.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation>Адреса федерації (https://…)</translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation>Адреса федерації</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Код реєстрації</translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation>Одноразовий код реєстрації</translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation>Зареєструвати термінал</translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation>Під&apos;єднати термінал до федерації</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation>Вкажіть адресу федерації та код, який вона вам дала.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>Реєстрація…</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation>Реєстрація не вдалася. Перевірте адресу й код і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation>Термінал зареєстровано: його цифри надходитимуть до федерації.</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation>Стерто</translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation>Ваші дані стерто.</translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation>До зустрічі!</translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation>Чи вдалося вам зробити свою справу?</translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation>Лише одне запитання, щоб покращити прийом. Можна пропустити.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Так</translation>
    </message>
    <message>
        <source>En partie</source>
        <translation>Частково</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Ні</translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation>Мені потрібна
допомога</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>Пропустити</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>Цього тижня</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Цього місяця</translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation>Відвідування за сервісами</translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation>Самостійно чи із супроводом</translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation>Із супроводом: справу зроблено?</translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation>Найчастіші години приходу</translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation>За цей період відвідувань немає.</translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation>%1 відвідувань, з них %2 із супроводом</translation>
    </message>
    <message>
        <source>Seul</source>
        <translation>Самостійно</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>Із супроводом</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Зроблено</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Завершити самостійно</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Має повернутися</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Направлено деінде</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Слухати</translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation>Прочитати посібник уголос</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation>Закрити посібник</translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation>Цього посібника ще немає вашою мовою: ось він французькою.</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Продовжити на телефоні</translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation>Відскануйте цей код: він відкриває головну сторінку сервісу.</translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation>Показати великим</translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation>Показати код великим</translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation>Посібник для цього сервісу ще не написаний.</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation>Хтось із приймальні може пояснити.</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation>Запитайте в приймальні</translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation>Для чого це</translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation>Документи, які треба підготувати</translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation>Код, отриманий в SMS</translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation>Поруч</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation>Хтось із приймальні може зробити справу разом із вами.</translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation>Код головної сторінки сервісу</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Телефон: %1</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation>Запитайте в приймальні адресу найближчого офісу.</translation>
    </message>
    <message>
        <source>Numéro national : %1</source>
        <translation>Національний номер: %1</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider.</source>
        <translation>Хтось із приймальні підійде вам допомогти.</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Готово (приймальня)</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation>Хтось із приймальні підійде вам допомогти</translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation>Залишайтеся біля терміналу. Ви можете продовжувати, поки чекаєте.</translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation>Продовжити, поки чекаєте</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Готово (приймальня)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation>Ніхто не чекає допомоги.</translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation>Усе зроблено</translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation>приймальня</translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation>Допомогу попросили о %1 (екран: %2)</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Готово</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation>Логотип центру</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Українська</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Вибрати мову</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Виберіть послугу</translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation>Зараз немає доступних послуг.</translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation>Ніщо з того, що ви робите тут, не зберігається: усе стирається наприкінці.</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>Що рахує термінал</translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation>Що рахує термінал і чого він ніколи не зберігає</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation>Я продовжую</translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation>Завершити зараз</translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation>Залишилося секунд</translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation>Приймальня зачиняється</translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>Сеанс завершується, і все, що ви зробили, буде стерто через:</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Ви ще тут?</translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>Якщо не буде відповіді, сеанс завершиться, і все, що ви зробили, буде стерто через:</translation>
    </message>
    <message>
        <source>seconde</source>
        <translation>секунда</translation>
    </message>
    <message>
        <source>secondes</source>
        <translation>секунд</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Aide près d&apos;ici</source>
        <translation>Допомога поруч</translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Де знайти допомогу поруч</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Посібник</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Прочитати посібник цього сервісу</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Виберіть послугу</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation>Повідомлення сайту</translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation>Запитання сайту</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Виберіть свою мову</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation>Не забудьте вийти зі свого облікового запису</translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation>Якщо ви входили на сайт, вийдіть перед тим, як піти.</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Стерти все й завершити</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>Повернутися на сайт</translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation>Усе, що ви зробили на терміналі, буде стерто.</translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation>Вийти з %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation>Термінал прийому</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Зрозуміло</translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation>Це не ваша провина. Ви також можете попросити допомоги в приймальні.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Прочитати посібник цього сервісу</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>Повернутися на головну</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation>Термінал не під&apos;єднаний до інтернету</translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation>Інтернет зараз не працює на терміналі. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation>Цей сервіс зараз має проблему</translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation>Сайт сервісу не працює або перевантажений. Спробуйте пізніше.</translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation>Цей сервіс не відповідає</translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation>Інтернет працює, але сайт сервісу не відповідає. Спробуйте ще раз за мить.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Цей документ неможливо показати.</translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation>‹ Повернутися на сайт</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Попередня сторінка</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Наступна сторінка ›</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Сторінка %1 з %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Стерти</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Підтвердити</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Стерти останню цифру</translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation>Код приймальні</translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation>Лише для працівників і волонтерів приймальні.</translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation>Виберіть код приймальні</translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation>
            <numerusform>Перше використання: виберіть код із %n або більше цифр, щоб поділитися з командою приймальні.</numerusform>
            <numerusform>Перше використання: виберіть код із %n або більше цифр, щоб поділитися з командою приймальні.</numerusform>
            <numerusform>Перше використання: виберіть код із %n або більше цифр, щоб поділитися з командою приймальні.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation>Введіть той самий код ще раз</translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation>Щоб бути певним, що немає помилки.</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Введено цифр: %1</translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>Сховище ключів терміналу не відповідає: панель не відкривається. Повідомте людину, яка обслуговує комп&apos;ютер.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Можете спробувати ще раз.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation>Забагато невдалих спроб: панель заблоковано на деякий час. Забули код? Людина, яка обслуговує комп&apos;ютер, може його скинути (команда: sudo borne-admin admin reset-pin).</translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation>Неправильний код. Трохи зачекайте, перш ніж пробувати знову.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation>Нова спроба можлива через %1 хв %2 с</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation>Нова спроба можлива через 1 секунду</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation>Нова спроба можлива через %1 секунд</translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation>Неправильний код. Спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation>Лише цифри.</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>Закороткий: щонайменше %n цифр.</numerusform>
            <numerusform>Закороткий: щонайменше %n цифр.</numerusform>
            <numerusform>Закороткий: щонайменше %n цифр.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation>
            <numerusform>Задовгий: щонайбільше %n цифр.</numerusform>
            <numerusform>Задовгий: щонайбільше %n цифр.</numerusform>
            <numerusform>Задовгий: щонайбільше %n цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation>Занадто легко вгадати (цифри підряд або однакові). Виберіть інший.</translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation>Два коди різні. Почніть спочатку.</translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation>Код уже існує: введіть його.</translation>
    </message>
</context>
<context>
    <name>PrintConfirm</name>
    <message>
        <source>Imprimer</source>
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>Une copie de moins</source>
        <translation>На одну копію менше</translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation>На одну копію більше</translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation>Кількість копій:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation>У цьому документі %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 сторінка</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 стор.</translation>
    </message>
    <message>
        <source>En tout : %1</source>
        <translation>Усього: %1</translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation>Під час цього сеансу ви ще можете надрукувати %1.</translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation>Це більше, ніж лишилося на цей сеанс. Щоб надрукувати більше, зверніться до приймальні.</translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation>Код для сканування телефоном</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Продовжити на телефоні</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation>Відскануйте цей код камерою телефона. Він відкриває головну сторінку %1.</translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation>Те, що ви робили тут, не переходить на ваш телефон.</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Це посилання відкривається на телефоні</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>Термінал не може дзвонити чи писати повідомлення. Відскануйте цей код телефоном, щоб зробити це.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation>Повернутися до сервісу</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Це посилання відкривається на телефоні</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>Термінал не може дзвонити чи писати повідомлення. Відскануйте цей код телефоном, щоб зробити це.</translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation>Ця сторінка недоступна на терміналі</translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation>З&apos;єднання з цим сайтом зараз ненадійне. Спробуйте пізніше або попросіть допомоги в приймальні.</translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation>Вона не належить до цього сервісу. Ви можете повернутися до сервісу або попросити допомоги в приймальні.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation>Сканувати документ</translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation>Чорно-білий</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Кольоровий</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation>Переробити цю сторінку</translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation>Додати сторінку</translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation>Сканувати сторінку</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Зберегти</translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation>Тип сканування:</translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation>сканований документ</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>Сканер зайнятий. Зачекайте трохи та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation>У сканері немає аркуша.</translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation>Аркуш застряг у сканері. Зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>Кришка сканера відкрита. Закрийте її та спробуйте ще раз.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation>Сканування не вдалося. Спробуйте ще раз або зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Спробувати ще раз</translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation>Сканувати наступну сторінку</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation>Пошук сканера…</translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation>Сканер недоступний. Зверніться до когось у приймальні: вам можуть відсканувати.</translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation>Покладіть аркуш на скло текстом донизу, закрийте кришку й торкніться «Сканувати сторінку».</translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation>Сканування… Не піднімайте кришку.</translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation>Сторінку %1 відскановано. Перевірте, чи її добре видно.</translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation>Ви можете додати ще сторінку або зберегти документ.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Назад</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Менший текст</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Більший текст</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Попросити допомоги</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Завершити</translation>
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
        <translation>Друкувати</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Надрукувати цю сторінку</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Сканувати</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Сканувати документ</translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation>Немає сканера</translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation>Зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation>Приймальня скоро зачиняється</translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation>Не забудьте завершити свою справу в найближчі хвилини.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation>Термінал ще не відкрито</translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation>Відкривається о %1.</translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation>Сьогодні вже не можна почати сеанс. Приходьте завтра з %1 або зверніться до когось у приймальні.</translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation>Термінал зачинено</translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation>Приходьте завтра з %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 стор.</translation>
    </message>
    <message>
        <source>Nom du centre</source>
        <translation>Назва центру</translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation>Логотип центру</translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation>порожньо: без логотипа</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Зберегти налаштування</translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation>Назва центру (угорі екрана)</translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation>Логотип центру: повний шлях до зображення PNG або SVG</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation>Відкриття приймальні</translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation>Закриття приймальні</translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation>Якщо ніхто не торкається екрана, термінал питає «Ви ще тут?» через</translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation>… а із супроводом — через</translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation>Сторінок, які кожен може надрукувати</translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation>Налаштування застосуються після наступного запуску терміналу (кнопка «Перезапустити» в «Термінал»).</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation>Налаштування збережено. Вони застосуються після наступного запуску терміналу.</translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation>Напишіть назву центру.</translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation>Назва центру задовга.</translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation>Логотип має бути повним шляхом до зображення PNG або SVG, яке можна прочитати на цьому комп&apos;ютері, наприклад /var/lib/borne/logo.png.</translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation>Час закриття має бути пізніше за час відкриття.</translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation>Із супроводом затримка має бути не коротшою, ніж без нього.</translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>Файл налаштувань неможливо записати на цьому комп&apos;ютері. Повідомте людину, яка обслуговує комп&apos;ютер.</translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation>Значення поза межами.</translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation>Налаштування відхилено, нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation>Цифри</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation>Прохання про допомогу</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>Плитки</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>La borne</source>
        <translation>Термінал</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Почати супровід</translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation>Закрити панель</translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation>Панель приймальні</translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation>Головна</translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation>Цифровий посередник або консультант</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Волонтер</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Громадський писар</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Соціальний працівник</translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation>Справа (доступ до прав)</translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation>Вчитися цифрових навичок</translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation>Почати супровід</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Почати супровід</translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation>Сеанс триває довше без дотику до екрана, і його можна призупинити. Жодне ім&apos;я не записується.</translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>Для</translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation>Теми (необов&apos;язково, можна кілька)</translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation>Спершу торкніться того, хто ви (приймальня, волонтер…).</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation>Назва плитки</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Початкова адреса</translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation>Дозволені сайти</translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation>Перевірити й додати плитку</translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation>Додати плитку центру…</translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation>Назва на плитці (наприклад: Мерія)</translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation>Адреса початкової сторінки</translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation>Дозволені сайти (необов&apos;язково; інакше лише сайт адреси)</translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation>Зміни зберігаються одразу й буде видно після наступного запуску терміналу.</translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation>Скасувати додавання</translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation> (лише з супроводом)</translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation> (адресу треба заповнити)</translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation>Показано</translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation>Приховано</translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation>Показати або сховати %1</translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation>Перемістити %1 вище</translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation>Перемістити %1 нижче</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Прибрати</translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation>Збережено. Буде видно після наступного запуску терміналу.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation>Напишіть назву плитки.</translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation>Назва задовга (щонайбільше 40 символів).</translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation>Дозволені сайти записано неправильно: лише назви на кшталт www.misto.fr або *.misto.fr, без https:// і /.</translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation>Адресу відхилено: вона має починатися з https://, а її сайт має бути серед дозволених.</translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation>Ця адреса — приклад: вкажіть справжню адресу.</translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation>Плитка з такою назвою вже є.</translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation>Плитки, що постачаються з терміналом, можна сховати, але не видалити.</translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation>Цієї плитки більше немає.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>Файл плиток неможливо записати на цьому комп&apos;ютері. Повідомте людину, яка обслуговує комп&apos;ютер.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation>Файл плиток неможливо прочитати.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation>У файлі плиток є помилка: нічого не змінено.</translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation>Відхилено, нічого не змінено: %1</translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Виберіть документ для надсилання</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation>У вас ще немає документів. Ви можете відсканувати папір або завантажити документ із сайту.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Сканувати документ</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Надіслати цей документ</translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation>%1
(USB-флешка)</translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation>%1
(скановано)</translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation>Торкніться документа, потім «Надіслати».</translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation>Торкніться одного чи кількох документів, потім «Надіслати».</translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation>Документи з USB-флешки також показано.</translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation>Надіслати ці документи</translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation>Що рахує термінал</translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation>Термінал рахує відвідування, щоб центр і його федерація знали, для чого він служить. Ніхто не може дізнатися, хто ви і що ви робили.</translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation>Що ніколи не записується</translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation>Що рахується за кожне відвідування</translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation>Крім того, коли вам допомагає хтось із команди</translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation>Скільки часу</translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation>Подробиці кожного відвідування зберігаються на цьому терміналі {days} днів, потім їх стирають.</translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation>Лише щоденні підсумки (наприклад «12 відвідувань, з них 3 щодо CAF») зберігаються довше й надсилаються до федерації соціальних центрів.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Закрити</translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation>День відвідування.</translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation>Година, округлена (наприклад «між 9 і 10»).</translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation>Чи була людина сама, чи із супроводом команди.</translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation>Тривалість, за проміжками (менше 5 хвилин, від 5 до 15 хвилин… 2 години й більше).</translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation>Відкриті сервіси (CAF, медичне страхування, податки…), без відвіданих сторінок.</translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation>Тема справи (житло, здоров&apos;я, документи…).</translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation>Кількість надрукованих сторінок.</translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation>Кількість відсканованих документів.</translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation>Кількість документів, надісланих на сайт.</translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation>Чи просили допомоги.</translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation>Відповідь на «Чи вдалося вам зробити свою справу?», якщо ви відповідаєте.</translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation>Як завершилося відвідування (кнопка «Завершити», перед екраном нікого…).</translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation>Роль людини з команди (приймальня, волонтер…), ніколи не її ім&apos;я.</translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation>Доступ до прав або навчання цифрових навичок.</translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation>Чи вдалася справа.</translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation>Чи змогла людина зробити це сама, трохи, чи ні.</translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation>До якого типу установи направили людину.</translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation>Вікова група, лише якщо людина хоче її вказати.</translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation>Становище (працює, на пенсії…), лише якщо людина хоче його вказати.</translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation>Чи використовувався Aidants Connect.</translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation>Версія національного списку тем, за яким їх рахують.</translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation>Адреси відвіданих сайтів і сторінок.</translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation>Заголовки сторінок.</translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation>Те, що ви вводите: логіни, паролі, форми.</translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation>Ваші документи: ні їхня назва, ні вміст.</translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation>Точний час вашого відвідування.</translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation>Точна тривалість вашого відвідування.</translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation>Ваше ім&apos;я, адреса, номер соціального страхування чи будь-що, за чим вас можна впізнати.</translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation>Ім&apos;я людини з команди, яка вам допомогла.</translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation>Адреси підключення до інтернету (IP-адреси).</translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation>Коментарі, написані від руки: їх немає.</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation>Що рахує
термінал</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>Що рахує термінал</translation>
    </message>
</context>
</TS>
