<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation>A−‎</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+‎</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>التباين</translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation>ألوان عالية التباين</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>القراءة بصوت عالٍ</translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation>المرافقة</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>إيقاف مؤقت</translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation>إيقاف المرافقة مؤقتًا</translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation>مرافقة الشخص التالي</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation>إلغاء المرافقة</translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation>المرافقة متوقفة مؤقتًا</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>استئناف</translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation>استئناف المرافقة</translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation>إرسال الآن</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation>لا، إلغاء</translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation>الخروج للصيانة</translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation>إعادة تشغيل المحطة</translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation>إطفاء المحطة</translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation>إرسال الأرقام إلى الاتحاد</translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation>إيقاف أو استئناف</translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation>هذه المحطة لا ترسل أرقامها (غير مرتبطة باتحاد). لكنها تحسب الزيارات.</translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation>الأرقام محدَّثة لدى الاتحاد.</translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation>هناك أرقام تنتظر إرسالها إلى الاتحاد.</translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation>لا يمكن الوصول إلى الاتحاد الآن (الشبكة؟). ستعيد المحطة المحاولة وحدها؛ لا يضيع شيء.</translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation>الاتحاد يرفض هذه المحطة: توقف الإرسال. أخبر الشخص المسؤول عن الحاسوب (يجب تسجيل المحطة من جديد).</translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation>لا يمكن الوصول إلى خزنة مفاتيح المحطة: الإرسال ينتظر. ما زالت الأرقام تُحسب.</translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation>تم طلب الإرسال</translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation>الخروج من المحطة للصيانة؟ سيُطلب الرمز.</translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation>إعادة تشغيل المحطة الآن؟</translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation>إطفاء المحطة الآن؟</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>نعم، خروج</translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation>نعم، إعادة التشغيل</translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation>نعم، إطفاء</translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation>رفض الحاسوب الانطفاء. استعمل زر الحاسوب وأخبر الشخص المسؤول عنه.</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation>نعم، تم</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>يُكمله وحده</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>يجب أن يعود</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>وُجّه إلى جهة أخرى</translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation>الإدارة (البلدية، المحافظة…)</translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation>الهيئة المعنية بالإجراء (CAF…)</translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation>المساعدة الاجتماعية (CCAS، دار التضامن…)</translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation>التشغيل (France Travail، Mission Locale…)</translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation>France Services، مساعدة في الإجراءات</translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation>مكان آخر للمرافقة الرقمية</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation>أنجزت كل شيء معه</translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation>أنجزه بقليل من المساعدة</translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation>أنجز كل شيء وحده</translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation>تم عبر Aidants Connect</translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation>إضافة العمر أو الوضعية (اختياري)</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>العمر</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>الوضعية</translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation>حفظ وإنهاء</translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation>العودة إلى الجلسة</translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation>إلى أي جهة؟</translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation>نهاية المرافقة</translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation>تحقق من الأجوبة المؤشَّرة ثم المس «حفظ وإنهاء». سيُمسح بعدها كل ما فعله الشخص.</translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation>هل تم الإجراء؟</translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation>من قام بالإجراء؟</translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation>المس إن تم الإجراء أم لا.</translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation>المس من قام بالإجراء.</translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation>المس الجهة التي يُوجَّه إليها الشخص.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>أين تجد المساعدة بالقرب من هنا</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>طباعة القائمة</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>كاتب عمومي</translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation>CCAS (المساعدة الاجتماعية للبلدية)</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation>Mission Locale (من 16 إلى 25 سنة)</translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation>تعلم الفرنسية</translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation>مساعدة قانونية مجانية</translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation>مساعدة أخرى</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>البريد الإلكتروني: %1</translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation>مواعيد الاستقبال القادمة:</translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation>لم يملأ الاستقبال هذه القائمة بعد. اسأل مباشرة في الاستقبال.</translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation>رمز للمسح: احتفظ بهذه المعلومات</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation>تمت الطباعة. خذ الورقة من الطابعة.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation>ليس للمحطة طابعة. اطلب نسخة من الاستقبال.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation>لم تنجح الطباعة. اطلب نسخة من الاستقبال.</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation>تم حفظ الصورة</translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation>يُحفظ طوال جلستك. يمكنك إرساله إلى موقع، ثم يُمسح في النهاية.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation>لا يمكن تنزيل هذا الملف</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation>تحتفظ المحطة بوثائق PDF والصور فقط (JPEG، PNG). لملف آخر، اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>صفحة</translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation>بدأت الطباعة</translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation>صفحاتك تخرج من الطابعة (%1).</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation>لا توجد طابعة حاليًا. اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation>لا يمكن طباعة هذه الوثيقة.</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>الطباعة غير ممكنة</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation>لم تنجح الطباعة. اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>مسح وثيقة</translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation>لا يوجد ماسح: اسأل في الاستقبال</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>تم حفظ الوثيقة</translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation>لإرساله، المس زر الموقع الخاص بإرفاق ملف: ستجده في القائمة.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation>عنوان الاتحاد (https://…)</translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation>عنوان الاتحاد</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>رمز التسجيل</translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation>رمز تسجيل للاستعمال مرة واحدة</translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation>تسجيل المحطة</translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation>ربط المحطة باتحاد</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation>أدخل عنوان الاتحاد والرمز الذي أعطاك إياه.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation>لم ينجح التسجيل. تحقق من العنوان والرمز ثم حاول من جديد.</translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation>المحطة مسجلة: ستُرسل أرقامها إلى الاتحاد.</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation>تم المسح</translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation>تم مسح بياناتك.</translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation>إلى اللقاء!</translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation>هل تمكنت من إنجاز إجرائك؟</translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation>سؤال واحد فقط لتحسين الاستقبال. يمكنك تخطيه.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>نعم</translation>
    </message>
    <message>
        <source>En partie</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation>أحتاج
مساعدة</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>تخطي</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>هذا الأسبوع</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>هذا الشهر</translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation>الزيارات حسب الخدمة</translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation>وحده أو مع مرافقة</translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation>مع مرافقة: هل تم الإجراء؟</translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation>أكثر ساعات الوصول ازدحامًا</translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation>لا توجد زيارات في هذه الفترة.</translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation>%1 زيارة، منها %2 مع مرافقة</translation>
    </message>
    <message>
        <source>Seul</source>
        <translation>وحده</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>مع مرافقة</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>تم</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>يُكمله وحده</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>يجب أن يعود</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>وُجّه إلى جهة أخرى</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation>استمع</translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation>قراءة الدليل بصوت عالٍ</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation>إغلاق الدليل</translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation>هذا الدليل غير متوفر بلغتك بعد: ها هو بالفرنسية.</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>المتابعة على هاتفي</translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation>امسح هذا الرمز: يفتح الصفحة الرئيسية للخدمة.</translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation>عرض بحجم كبير</translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation>عرض الرمز بحجم كبير</translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation>دليل هذه الخدمة لم يُكتب بعد.</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation>يمكن لأحد من الاستقبال أن يشرح لك.</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation>اسأل في الاستقبال</translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation>فيمَ يفيد</translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation>الأوراق التي يجب تحضيرها</translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation>الرمز المستلم برسالة SMS</translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation>بالقرب من هنا</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation>يمكن لأحد من الاستقبال القيام بالإجراء معك.</translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation>رمز الصفحة الرئيسية للخدمة</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>الهاتف: %1</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation>اسأل في الاستقبال عن عنوان أقرب مكتب.</translation>
    </message>
    <message>
        <source>Numéro national : %1</source>
        <translation>الرقم الوطني: %1</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider.</source>
        <translation>سيأتي أحد من الاستقبال لمساعدتك.</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>تم (الاستقبال)</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation>سيأتي أحد من الاستقبال لمساعدتك</translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation>ابقَ قرب المحطة. يمكنك المتابعة أثناء الانتظار.</translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation>تابع أثناء الانتظار</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>تم (الاستقبال)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation>لا أحد ينتظر المساعدة.</translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation>تم كل شيء</translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation>الاستقبال</translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation>طُلبت المساعدة على الساعة %1 (الشاشة: %2)</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>تم</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation>شعار المركز</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>العربية</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>اختيار اللغة</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>اختر خدمة</translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation>لا توجد أي خدمة متاحة حاليًا.</translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation>لا يُحفظ شيء مما تفعله هنا: كل شيء يُمسح في النهاية.</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>ما تحسبه المحطة</translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation>ما تحسبه المحطة، وما لا تحتفظ به أبدًا</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation>أواصل</translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation>إنهاء الآن</translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation>الثواني المتبقية</translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation>الاستقبال على وشك الإغلاق</translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>تنتهي الجلسة وسيُمسح كل ما فعلته خلال:</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>هل ما زلت هنا؟</translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>بدون جواب، تنتهي الجلسة وسيُمسح كل ما فعلته خلال:</translation>
    </message>
    <message>
        <source>seconde</source>
        <translation>ثانية</translation>
    </message>
    <message>
        <source>secondes</source>
        <translation>ثوانٍ</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Aide près d&apos;ici</source>
        <translation>مساعدة قريبة</translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>أين تجد المساعدة بالقرب من هنا</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>دليل</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>قراءة دليل هذه الخدمة</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>اختر خدمة</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation>رسالة من الموقع</translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation>سؤال من الموقع</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>اختر لغتك</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation>تذكّر تسجيل الخروج من حسابك</translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation>إن سجّلت الدخول إلى موقع، سجّل الخروج قبل أن تغادر.</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>مسح كل شيء والإنهاء</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>العودة إلى الموقع</translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation>سيُمسح كل ما فعلته على المحطة.</translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation>تسجيل الخروج من %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation>محطة الاستقبال</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation>فهمت</translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation>هذا ليس خطأك. يمكنك أيضًا طلب المساعدة من الاستقبال.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>قراءة دليل هذه الخدمة</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>العودة إلى الشاشة الرئيسية</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation>المحطة غير متصلة بالإنترنت</translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation>الإنترنت لا يعمل الآن على المحطة. حاول بعد لحظة.</translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation>هذه الخدمة فيها مشكلة الآن</translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation>موقع الخدمة معطّل أو مزدحم جدًا. حاول لاحقًا.</translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation>هذه الخدمة لا تستجيب</translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation>الإنترنت يعمل، لكن موقع الخدمة لا يستجيب. حاول بعد لحظة.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>لا يمكن عرض هذه الوثيقة.</translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation>‹ العودة إلى الموقع</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ الصفحة السابقة</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>الصفحة التالية ›</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−‎</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+‎</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>الصفحة %1 من %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>مسح</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>تأكيد</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>مسح آخر رقم</translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation>رمز الاستقبال</translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation>مخصص لموظفي الاستقبال ومتطوعيه فقط.</translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation>اختر رمز الاستقبال</translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation>
            <numerusform>الاستعمال الأول: اختر رمزًا من %n أرقام أو أكثر، لتشاركه مع فريق الاستقبال.</numerusform>
            <numerusform>الاستعمال الأول: اختر رمزًا من %n أرقام أو أكثر، لتشاركه مع فريق الاستقبال.</numerusform>
            <numerusform>الاستعمال الأول: اختر رمزًا من %n أرقام أو أكثر، لتشاركه مع فريق الاستقبال.</numerusform>
            <numerusform>الاستعمال الأول: اختر رمزًا من %n أرقام أو أكثر، لتشاركه مع فريق الاستقبال.</numerusform>
            <numerusform>الاستعمال الأول: اختر رمزًا من %n أرقام أو أكثر، لتشاركه مع فريق الاستقبال.</numerusform>
            <numerusform>الاستعمال الأول: اختر رمزًا من %n أرقام أو أكثر، لتشاركه مع فريق الاستقبال.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation>اكتب نفس الرمز مرة ثانية</translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation>للتأكد من عدم وجود خطأ في الكتابة.</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>الأرقام المكتوبة: %1</translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>خزنة مفاتيح المحطة لا تستجيب: لا يمكن فتح اللوحة. أخبر الشخص المسؤول عن الحاسوب.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>يمكنك المحاولة من جديد.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation>محاولات فاشلة كثيرة: اللوحة مقفلة لبعض الوقت. نسيت الرمز؟ يمكن للشخص المسؤول عن الحاسوب إعادة ضبطه (الأمر: sudo borne-admin admin reset-pin).</translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation>الرمز خاطئ. انتظر قليلًا قبل المحاولة من جديد.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation>محاولة جديدة ممكنة بعد %1 د %2 ث</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation>محاولة جديدة ممكنة بعد ثانية واحدة</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation>محاولة جديدة ممكنة بعد %1 ثانية</translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation>الرمز خاطئ. حاول من جديد.</translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation>أرقام فقط.</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>قصير جدًا: %n أرقام على الأقل.</numerusform>
            <numerusform>قصير جدًا: %n أرقام على الأقل.</numerusform>
            <numerusform>قصير جدًا: %n أرقام على الأقل.</numerusform>
            <numerusform>قصير جدًا: %n أرقام على الأقل.</numerusform>
            <numerusform>قصير جدًا: %n أرقام على الأقل.</numerusform>
            <numerusform>قصير جدًا: %n أرقام على الأقل.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation>
            <numerusform>طويل جدًا: %n أرقام على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %n أرقام على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %n أرقام على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %n أرقام على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %n أرقام على الأكثر.</numerusform>
            <numerusform>طويل جدًا: %n أرقام على الأكثر.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation>سهل التخمين جدًا (أرقام متتالية أو متشابهة). اختر رمزًا آخر.</translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation>الرمزان مختلفان. ابدأ من جديد.</translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation>يوجد رمز مسبقًا: اكتبه.</translation>
    </message>
</context>
<context>
    <name>PrintConfirm</name>
    <message>
        <source>Imprimer</source>
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Une copie de moins</source>
        <translation>نسخة أقل</translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation>نسخة أخرى</translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation>عدد النسخ:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation>هذه الوثيقة فيها %1.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>صفحة واحدة</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 صفحات</translation>
    </message>
    <message>
        <source>En tout : %1</source>
        <translation>المجموع: %1</translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation>لا يزال بإمكانك طباعة %1 في هذه الجلسة.</translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation>هذا أكثر مما تبقى لهذه الجلسة. اسأل في الاستقبال لطباعة المزيد.</translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation>رمز للمسح بهاتفك</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>المتابعة على هاتفي</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation>امسح هذا الرمز بكاميرا هاتفك. يفتح الصفحة الرئيسية لـ %1.</translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation>ما فعلته هنا لا ينتقل إلى هاتفك.</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>هذا الرابط يُفتح على الهاتف</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>لا تستطيع المحطة الاتصال ولا كتابة رسالة. امسح هذا الرمز بهاتفك للقيام بذلك.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation>العودة إلى الخدمة</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>هذا الرابط يُفتح على الهاتف</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>لا تستطيع المحطة الاتصال ولا كتابة رسالة. امسح هذا الرمز بهاتفك للقيام بذلك.</translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation>هذه الصفحة غير متاحة على المحطة</translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation>الاتصال بهذا الموقع غير آمن الآن. حاول لاحقًا أو اطلب المساعدة من الاستقبال.</translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation>هذه الصفحة ليست جزءًا من هذه الخدمة. يمكنك العودة إلى الخدمة أو طلب المساعدة من الاستقبال.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation>مسح وثيقة</translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation>أبيض وأسود</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>بالألوان</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation>إعادة هذه الصفحة</translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation>إضافة صفحة</translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation>مسح الصفحة</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>حفظ</translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation>نوع المسح:</translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation>وثيقة ممسوحة</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>الماسح مشغول. انتظر لحظة ثم حاول من جديد.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation>لا توجد ورقة في الماسح.</translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation>ورقة عالقة في الماسح. اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>غطاء الماسح مفتوح. أغلقه ثم حاول من جديد.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation>لم ينجح المسح. حاول من جديد أو اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>أعد المحاولة</translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation>مسح الصفحة التالية</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation>جارٍ البحث عن الماسح…</translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation>الماسح غير متاح. اسأل أحدًا في الاستقبال: يمكنه المسح من أجلك.</translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation>ضع الورقة على الزجاج والوجه المكتوب إلى الأسفل، أغلق الغطاء، ثم المس «مسح الصفحة».</translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation>جارٍ المسح… لا ترفع الغطاء.</translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation>تم مسح الصفحة %1. تأكد من أنها مقروءة.</translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation>يمكنك إضافة صفحة أخرى أو حفظ الوثيقة.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>رجوع</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−‎</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>نص أصغر</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+‎</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>نص أكبر</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>طلب المساعدة</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>إنهاء</translation>
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
        <translation>طباعة</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>طباعة هذه الصفحة</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>مسح ضوئي</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>مسح وثيقة</translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation>لا يوجد ماسح</translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation>اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation>الاستقبال سيغلق قريبًا</translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation>تذكّر إنهاء إجرائك في الدقائق القادمة.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1:%2</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation>المحطة لم تفتح بعد</translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation>تفتح على الساعة %1.</translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation>لم يعد ممكنًا بدء جلسة اليوم. عُد غدًا ابتداءً من %1، أو اسأل أحدًا في الاستقبال.</translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation>المحطة مغلقة</translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation>عُد غدًا ابتداءً من %1.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 د</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 ث</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 صفحات</translation>
    </message>
    <message>
        <source>Nom du centre</source>
        <translation>اسم المركز</translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation>شعار المركز</translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation>فارغ: بدون شعار</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>حفظ الإعدادات</translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation>اسم المركز (أعلى الشاشة)</translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation>شعار المركز: المسار الكامل لصورة PNG أو SVG</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation>فتح الاستقبال</translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation>إغلاق الاستقبال</translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation>دون لمس الشاشة، تسأل المحطة «هل ما زلت هنا؟» بعد</translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation>… ومع المرافقة، بعد</translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation>الصفحات التي يمكن لكل شخص طباعتها</translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation>تُطبَّق الإعدادات عند التشغيل القادم للمحطة (زر «إعادة التشغيل» في «المحطة»).</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation>تم حفظ الإعدادات. ستُطبَّق عند التشغيل القادم للمحطة.</translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation>اكتب اسم المركز.</translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation>اسم المركز طويل جدًا.</translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation>يجب أن يكون الشعار المسار الكامل لصورة PNG أو SVG يمكن قراءتها على هذا الحاسوب، مثلًا /var/lib/borne/logo.png.</translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation>يجب أن تكون ساعة الإغلاق بعد ساعة الفتح.</translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation>مع المرافقة يجب أن تكون المهلة على الأقل بطول مهلة الاستعمال وحيدًا.</translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>لا يمكن كتابة ملف الإعدادات على هذا الحاسوب. أخبر الشخص المسؤول عن الحاسوب.</translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation>قيمة خارج الحدود.</translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation>الإعدادات مرفوضة، لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation>الأرقام</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation>طلبات المساعدة</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>المربعات</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>La borne</source>
        <translation>المحطة</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>بدء مرافقة</translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation>إغلاق اللوحة</translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation>لوحة الاستقبال</translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation>الرئيسية</translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation>وسيط أو مستشار رقمي</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>متطوع</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>كاتب عمومي</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>أخصائي اجتماعي</translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation>إجراء (الوصول إلى الحقوق)</translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation>تعلم المهارات الرقمية</translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation>بدء المرافقة</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>بدء مرافقة</translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation>تدوم الجلسة أطول دون لمس الشاشة، ويمكنك إيقافها مؤقتًا. لا يُسجَّل أي اسم.</translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>من أجل</translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation>المواضيع (اختياري، يمكن اختيار عدة)</translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation>المس أولًا صفتك (استقبال، متطوع…).</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation>اسم المربع</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>عنوان البداية</translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation>المواقع المسموح بها</translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation>التحقق وإضافة المربع</translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation>إضافة مربع خاص بالمركز…</translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation>الاسم على المربع (مثلًا: البلدية)</translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation>عنوان صفحة البداية</translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation>المواقع المسموح بها (اختياري؛ وإلا فموقع العنوان فقط)</translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation>تُحفظ التغييرات فورًا وتظهر عند التشغيل القادم للمحطة.</translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation>إلغاء الإضافة</translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation> (مع مرافقة فقط)</translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation> (العنوان للملء)</translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation>ظاهرة</translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation>مخفية</translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation>إظهار أو إخفاء %1</translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation>رفع %1</translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation>إنزال %1</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation>تم الحفظ. سيظهر عند التشغيل القادم للمحطة.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation>اكتب اسم المربع.</translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation>الاسم طويل جدًا (40 حرفًا على الأكثر).</translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation>المواقع المسموح بها مكتوبة بشكل خاطئ: أسماء فقط مثل www.ville.fr أو ‎*.ville.fr، دون https:// ولا /.</translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation>العنوان مرفوض: يجب أن يبدأ بـ https:// وأن يكون موقعه ضمن المواقع المسموح بها.</translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation>هذا العنوان مثال: ضع العنوان الحقيقي.</translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation>يوجد مربع بهذا الاسم مسبقًا.</translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation>المربعات المرفقة بالمحطة تُخفى ولا تُحذف.</translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation>هذا المربع لم يعد موجودًا.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>لا يمكن كتابة ملف المربعات على هذا الحاسوب. أخبر الشخص المسؤول عن الحاسوب.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation>لا يمكن قراءة ملف المربعات.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation>ملف المربعات فيه خطأ: لم يتغير شيء.</translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation>مرفوض، لم يتغير شيء: %1</translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>اختر وثيقة لإرسالها</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation>ليس لديك وثيقة بعد. يمكنك مسح ورقة أو تنزيل وثيقة من الموقع.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>مسح وثيقة</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>إرسال هذه الوثيقة</translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation>%1
(مفتاح USB)</translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation>%1
(ممسوح ضوئيًا)</translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation>المس وثيقة، ثم «إرسال».</translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation>المس وثيقة أو أكثر، ثم «إرسال».</translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation>تظهر أيضًا وثائق مفتاح USB.</translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation>إرسال هذه الوثائق</translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation>ما تحسبه المحطة</translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation>تحسب المحطة الزيارات ليعرف المركز واتحاده فيمَ تُستعمل. لا أحد يستطيع معرفة من أنت ولا ما فعلت.</translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation>ما لا يُسجَّل أبدًا</translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation>ما يُحسب في كل زيارة</translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation>إضافة إلى ذلك، عندما يرافقك أحد أفراد الفريق</translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation>كم من الوقت</translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation>تبقى تفاصيل كل زيارة على هذه المحطة {days} يومًا، ثم تُمسح.</translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation>فقط المجاميع اليومية (مثلًا «12 زيارة، منها 3 للـ CAF») تُحفظ مدة أطول وتُرسل إلى اتحاد المراكز الاجتماعية.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>إغلاق</translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation>يوم الزيارة.</translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation>الساعة مقرّبة (مثلًا «بين 9 و10»).</translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation>إن كان الشخص وحده أو مع مرافقة من الفريق.</translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation>المدة حسب الفئات (أقل من 5 دقائق، من 5 إلى 15 دقيقة… ساعتان أو أكثر).</translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation>الخدمات المفتوحة (CAF، التأمين الصحي، الضرائب…)، دون الصفحات المزارة.</translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation>موضوع الإجراء (السكن، الصحة، الوثائق…).</translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation>عدد الصفحات المطبوعة.</translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation>عدد الوثائق الممسوحة.</translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation>عدد الوثائق المرسلة إلى موقع.</translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation>إن طُلبت المساعدة.</translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation>جوابك على «هل تمكنت من إنجاز إجرائك؟»، إن أجبت.</translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation>كيف انتهت الزيارة (زر «إنهاء»، لا أحد أمام الشاشة…).</translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation>دور عضو الفريق (استقبال، متطوع…)، وليس اسمه أبدًا.</translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation>الوصول إلى الحقوق أو تعلم المهارات الرقمية.</translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation>إن نجح الإجراء.</translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation>إن استطاع الشخص الإنجاز وحده، أو قليلًا، أو لا.</translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation>نوع الجهة التي وُجّه إليها الشخص.</translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation>الفئة العمرية، فقط إن رغب الشخص في ذكرها.</translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation>الوضعية (يعمل، متقاعد…)، فقط إن رغب الشخص في ذكرها.</translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation>إن استُعمل Aidants Connect.</translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation>نسخة القائمة الوطنية للمواضيع المستعملة لعدّها.</translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation>عناوين المواقع والصفحات التي زرتها.</translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation>عناوين الصفحات.</translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation>ما تكتبه: المعرّفات، كلمات السر، الاستمارات.</translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation>وثائقك: لا أسماؤها ولا محتواها.</translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation>الوقت الدقيق لزيارتك.</translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation>المدة الدقيقة لزيارتك.</translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation>اسمك وعنوانك ورقم ضمانك الاجتماعي وأي شيء يمكن أن يعرّف بك.</translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation>اسم عضو الفريق الذي ساعدك.</translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation>عناوين الاتصال بالإنترنت (عناوين IP).</translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation>تعليقات مكتوبة باليد: لا يوجد منها شيء.</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation>ما تحسبه
المحطة</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>ما تحسبه المحطة</translation>
    </message>
</context>
</TS>
