<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr" sourcelanguage="fr">
<context>
    <name>AccessibilityBar</name>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Daha küçük yazı</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>Contraste</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <source>Couleurs très contrastées</source>
        <translation>Yüksek kontrastlı renkler</translation>
    </message>
    <message>
        <source>Écouter</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Lire à voix haute</source>
        <translation>Sesli oku</translation>
    </message>
</context>
<context>
    <name>AccompanimentBadge</name>
    <message>
        <source>Accompagnement</source>
        <extracomment>How often the staff panel&apos;s sync box and the federation catalogue are looked at. The end-of-session question goes away by itself (the person has left).</extracomment>
        <translation>Refakat</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Duraklat</translation>
    </message>
    <message>
        <source>Mettre l&apos;accompagnement en pause</source>
        <translation>Refakati duraklat</translation>
    </message>
    <message>
        <source>Accompagnement de la prochaine personne</source>
        <translation>Sıradaki kişiye refakat</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Annuler l&apos;accompagnement</source>
        <translation>Refakati iptal et</translation>
    </message>
    <message>
        <source>Accompagnement en pause</source>
        <translation>Refakat duraklatıldı</translation>
    </message>
    <message>
        <source>Reprendre</source>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Reprendre l&apos;accompagnement</source>
        <translation>Refakate devam et</translation>
    </message>
</context>
<context>
    <name>BornePage</name>
    <message>
        <source>Envoyer maintenant</source>
        <translation>Şimdi gönder</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>Non, annuler</source>
        <translation>Hayır, iptal</translation>
    </message>
    <message>
        <source>Quitter en maintenance</source>
        <translation>Bakım için çık</translation>
    </message>
    <message>
        <source>Redémarrer la borne</source>
        <translation>Terminali yeniden başlat</translation>
    </message>
    <message>
        <source>Éteindre la borne</source>
        <translation>Terminali kapat</translation>
    </message>
    <message>
        <source>Envoi des chiffres à la fédération</source>
        <translation>Rakamların federasyona gönderimi</translation>
    </message>
    <message>
        <source>Arrêter ou relancer</source>
        <translation>Durdur veya yeniden başlat</translation>
    </message>
    <message>
        <source>Cette borne n&apos;envoie pas ses chiffres (elle n&apos;est pas reliée à une fédération). Elle compte quand même ses passages.</source>
        <translation>Bu terminal rakamlarını göndermiyor (bir federasyona bağlı değil). Yine de ziyaretleri sayıyor.</translation>
    </message>
    <message>
        <source>Les chiffres sont à jour à la fédération.</source>
        <translation>Federasyondaki rakamlar güncel.</translation>
    </message>
    <message>
        <source>Des chiffres attendent d&apos;être envoyés à la fédération.</source>
        <translation>Federasyona gönderilmeyi bekleyen rakamlar var.</translation>
    </message>
    <message>
        <source>La fédération n&apos;est pas joignable pour l&apos;instant (réseau ?). La borne réessaiera seule ; rien n&apos;est perdu.</source>
        <translation>Federasyona şu anda ulaşılamıyor (ağ?). Terminal kendisi tekrar deneyecek; hiçbir şey kaybolmaz.</translation>
    </message>
    <message>
        <source>La fédération refuse cette borne : l&apos;envoi est arrêté. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur (la borne doit être inscrite de nouveau).</source>
        <translation>Federasyon bu terminali reddediyor: gönderim durduruldu. Bilgisayarla ilgilenen kişiye haber verin (terminal yeniden kaydedilmeli).</translation>
    </message>
    <message>
        <source>Le trousseau de la borne est inaccessible : l&apos;envoi attend. Les chiffres continuent d&apos;être comptés.</source>
        <translation>Terminalin anahtarlığına erişilemiyor: gönderim bekliyor. Rakamlar sayılmaya devam ediyor.</translation>
    </message>
    <message>
        <source>Envoi demandé</source>
        <translation>Gönderim istendi</translation>
    </message>
    <message>
        <source>Quitter la borne pour la maintenance ? Le code sera demandé.</source>
        <translation>Bakım için terminalden çıkılsın mı? Kod istenecek.</translation>
    </message>
    <message>
        <source>Redémarrer la borne maintenant ?</source>
        <translation>Terminal şimdi yeniden başlatılsın mı?</translation>
    </message>
    <message>
        <source>Éteindre la borne maintenant ?</source>
        <translation>Terminal şimdi kapatılsın mı?</translation>
    </message>
    <message>
        <source>Oui, quitter</source>
        <translation>Evet, çık</translation>
    </message>
    <message>
        <source>Oui, redémarrer</source>
        <translation>Evet, yeniden başlat</translation>
    </message>
    <message>
        <source>Oui, éteindre</source>
        <translation>Evet, kapat</translation>
    </message>
    <message>
        <source>L&apos;ordinateur a refusé de s&apos;éteindre. Utilisez le bouton de l&apos;ordinateur et prévenez la personne qui s&apos;en occupe.</source>
        <translation>Bilgisayar kapanmadı. Bilgisayarın düğmesini kullanın ve bilgisayarla ilgilenen kişiye haber verin.</translation>
    </message>
</context>
<context>
    <name>ClosingScreen</name>
    <message>
        <source>Oui, c&apos;est fait</source>
        <translation>Evet, yapıldı</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Tek başına bitirilecek</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Tekrar gelmeli</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Başka yere yönlendirildi</translation>
    </message>
    <message>
        <source>Administration (mairie, préfecture…)</source>
        <translation>İdare (belediye, valilik…)</translation>
    </message>
    <message>
        <source>L&apos;organisme de la démarche (CAF…)</source>
        <translation>İşlemin kurumu (CAF…)</translation>
    </message>
    <message>
        <source>Aide sociale (CCAS, maison des solidarités…)</source>
        <translation>Sosyal yardım (CCAS, dayanışma evi…)</translation>
    </message>
    <message>
        <source>Emploi (France Travail, mission locale…)</source>
        <translation>İş (France Travail, Mission Locale…)</translation>
    </message>
    <message>
        <source>France Services, aide aux démarches</source>
        <translation>France Services, işlemlere yardım</translation>
    </message>
    <message>
        <source>Un autre lieu de médiation numérique</source>
        <translation>Başka bir dijital destek yeri</translation>
    </message>
    <message>
        <source>Autre</source>
        <translation>Diğer</translation>
    </message>
    <message>
        <source>J&apos;ai tout fait avec elle</source>
        <translation>Hepsini onunla birlikte yaptım</translation>
    </message>
    <message>
        <source>Elle a fait, avec un peu d&apos;aide</source>
        <translation>Biraz yardımla yaptı</translation>
    </message>
    <message>
        <source>Elle a tout fait seule</source>
        <translation>Hepsini tek başına yaptı</translation>
    </message>
    <message>
        <source>Fait via Aidants Connect</source>
        <translation>Aidants Connect ile yapıldı</translation>
    </message>
    <message>
        <source>Ajouter l&apos;âge ou la situation (facultatif)</source>
        <translation>Yaş veya durum ekle (isteğe bağlı)</translation>
    </message>
    <message>
        <source>Âge</source>
        <translation>Yaş</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Durum</translation>
    </message>
    <message>
        <source>Enregistrer et terminer</source>
        <translation>Kaydet ve bitir</translation>
    </message>
    <message>
        <source>Revenir à la session</source>
        <translation>Oturuma dön</translation>
    </message>
    <message>
        <source>Vers quelle structure ?</source>
        <translation>Hangi kuruma?</translation>
    </message>
    <message>
        <source>Fin de l&apos;accompagnement</source>
        <translation>Refakatin sonu</translation>
    </message>
    <message>
        <source>Vérifiez les réponses déjà cochées, puis touchez « Enregistrer et terminer ». Tout ce que la personne a fait sera ensuite effacé.</source>
        <translation>İşaretli yanıtları kontrol edin, sonra «Kaydet ve bitir»e dokunun. Kişinin yaptığı her şey ardından silinecek.</translation>
    </message>
    <message>
        <source>La démarche est-elle faite ?</source>
        <translation>İşlem tamamlandı mı?</translation>
    </message>
    <message>
        <source>Qui a fait la démarche ?</source>
        <translation>İşlemi kim yaptı?</translation>
    </message>
    <message>
        <source>Touchez si la démarche est faite ou non.</source>
        <translation>İşlemin yapılıp yapılmadığına dokunun.</translation>
    </message>
    <message>
        <source>Touchez qui a fait la démarche.</source>
        <translation>İşlemi kimin yaptığına dokunun.</translation>
    </message>
    <message>
        <source>Touchez vers quelle structure la personne est envoyée.</source>
        <translation>Kişinin hangi kuruma yönlendirildiğine dokunun.</translation>
    </message>
</context>
<context>
    <name>DirectoryScreen</name>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Yakında nereden yardım alınır</translation>
    </message>
    <message>
        <source>Imprimer la liste</source>
        <translation>Listeyi yazdır</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Yardım iste</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Dilekçe yazarı</translation>
    </message>
    <message>
        <source>CCAS (aide sociale de la ville)</source>
        <translation>CCAS (belediyenin sosyal yardımı)</translation>
    </message>
    <message>
        <source>France Services</source>
        <translation>France Services</translation>
    </message>
    <message>
        <source>Mission Locale (16-25 ans)</source>
        <translation>Mission Locale (16-25 yaş)</translation>
    </message>
    <message>
        <source>Apprendre le français</source>
        <translation>Fransızca öğrenmek</translation>
    </message>
    <message>
        <source>Aide juridique gratuite</source>
        <translation>Ücretsiz hukuki yardım</translation>
    </message>
    <message>
        <source>Autre aide</source>
        <translation>Başka yardım</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>E-mail : %1</source>
        <translation>E-posta: %1</translation>
    </message>
    <message>
        <source>Prochaines permanences :</source>
        <translation>Sonraki görüşme saatleri:</translation>
    </message>
    <message>
        <source>L&apos;accueil n&apos;a pas encore rempli cette liste. Demandez directement à l&apos;accueil.</source>
        <translation>Karşılama bu listeyi henüz doldurmadı. Doğrudan karşılamaya sorun.</translation>
    </message>
    <message>
        <source>Code à scanner : garder ces informations</source>
        <translation>Taranacak kod: bu bilgileri saklayın</translation>
    </message>
    <message>
        <source>C&apos;est imprimé. Prenez la feuille à l&apos;imprimante.</source>
        <translation>Yazdırıldı. Kağıdı yazıcıdan alın.</translation>
    </message>
    <message>
        <source>La borne n&apos;a pas d&apos;imprimante. Demandez une copie à l&apos;accueil.</source>
        <translation>Terminalin yazıcısı yok. Karşılamadan bir kopya isteyin.</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez une copie à l&apos;accueil.</source>
        <translation>Yazdırma olmadı. Karşılamadan bir kopya isteyin.</translation>
    </message>
</context>
<context>
    <name>DocumentDesk</name>
    <message>
        <source>Image enregistrée</source>
        <translation>Resim kaydedildi</translation>
    </message>
    <message>
        <source>Elle est gardée pendant votre session. Vous pourrez l&apos;envoyer à un site, puis elle sera effacée à la fin.</source>
        <translation>Oturumunuz boyunca saklanır. Bir siteye gönderebilirsiniz; sonunda silinir.</translation>
    </message>
    <message>
        <source>Ce fichier ne peut pas être téléchargé</source>
        <translation>Bu dosya indirilemez</translation>
    </message>
    <message>
        <source>La borne garde seulement les documents PDF et les images (JPEG, PNG). Pour un autre fichier, demandez à une personne de l&apos;accueil.</source>
        <translation>Terminal yalnızca PDF belgeleri ve resimleri (JPEG, PNG) saklar. Başka bir dosya için karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>sayfa</translation>
    </message>
    <message>
        <source>Impression lancée</source>
        <translation>Yazdırma başladı</translation>
    </message>
    <message>
        <source>Vos pages sortent de l&apos;imprimante (%1).</source>
        <translation>Sayfalarınız yazıcıdan çıkıyor (%1).</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas d&apos;imprimante pour le moment. Demandez à une personne de l&apos;accueil.</source>
        <translation>Şu anda yazıcı yok. Karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>Ce document ne peut pas être imprimé.</source>
        <translation>Bu belge yazdırılamıyor.</translation>
    </message>
    <message>
        <source>Impression impossible</source>
        <translation>Yazdırma yapılamıyor</translation>
    </message>
    <message>
        <source>L&apos;impression n&apos;a pas marché. Demandez à une personne de l&apos;accueil.</source>
        <translation>Yazdırma olmadı. Karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Pas de scanner : demandez à l&apos;accueil</source>
        <translation>Tarayıcı yok: karşılamaya sorun</translation>
    </message>
    <message>
        <source>Document enregistré</source>
        <translation>Belge kaydedildi</translation>
    </message>
    <message>
        <source>Pour l&apos;envoyer, touchez le bouton du site qui permet de joindre un fichier : vous le trouverez dans la liste.</source>
        <translation>Göndermek için sitenin dosya ekleme düğmesine dokunun: listede bulacaksınız.</translation>
    </message>
</context>
<context>
    <name>EnrolForm</name>
    <message>
        <source>Adresse de la fédération (https://…)</source>
        <translation>Federasyonun adresi (https://…)</translation>
    </message>
    <message>
        <source>Adresse de la fédération</source>
        <translation>Federasyonun adresi</translation>
    </message>
    <message>
        <source>Code d&apos;inscription</source>
        <translation>Kayıt kodu</translation>
    </message>
    <message>
        <source>Code d&apos;inscription à usage unique</source>
        <translation>Tek kullanımlık kayıt kodu</translation>
    </message>
    <message>
        <source>Inscrire la borne</source>
        <translation>Terminali kaydet</translation>
    </message>
    <message>
        <source>Relier la borne à une fédération</source>
        <translation>Terminali bir federasyona bağla</translation>
    </message>
    <message>
        <source>Indiquez l&apos;adresse de la fédération et le code qu&apos;elle vous a donné.</source>
        <translation>Federasyonun adresini ve size verdiği kodu yazın.</translation>
    </message>
    <message>
        <source>Inscription en cours…</source>
        <translation>Kaydediliyor…</translation>
    </message>
    <message>
        <source>L&apos;inscription n&apos;a pas abouti. Vérifiez l&apos;adresse et le code, puis réessayez.</source>
        <translation>Kayıt olmadı. Adresi ve kodu kontrol edip tekrar deneyin.</translation>
    </message>
    <message>
        <source>La borne est inscrite : ses chiffres partiront vers la fédération.</source>
        <translation>Terminal kaydedildi: rakamları federasyona gidecek.</translation>
    </message>
</context>
<context>
    <name>ErasedScreen</name>
    <message>
        <source>Effacé</source>
        <translation>Silindi</translation>
    </message>
    <message>
        <source>Vos données ont été effacées.</source>
        <translation>Verileriniz silindi.</translation>
    </message>
    <message>
        <source>À bientôt !</source>
        <translation>Görüşmek üzere!</translation>
    </message>
</context>
<context>
    <name>FeedbackQuestion</name>
    <message>
        <source>Avez-vous pu faire votre démarche ?</source>
        <extracomment>Codes offered, in screen order (the journal&apos;s list ``avis``). Code that also calls someone from the accueil.</extracomment>
        <translation>İşleminizi yapabildiniz mi?</translation>
    </message>
    <message>
        <source>Une seule question, pour améliorer l&apos;accueil. Vous pouvez passer.</source>
        <translation>Karşılamayı iyileştirmek için tek bir soru. Geçebilirsiniz.</translation>
    </message>
    <message>
        <source>Oui</source>
        <translation>Evet</translation>
    </message>
    <message>
        <source>En partie</source>
        <translation>Kısmen</translation>
    </message>
    <message>
        <source>Non</source>
        <translation>Hayır</translation>
    </message>
    <message>
        <source>J&apos;ai besoin
d&apos;aide</source>
        <translation>Yardıma
ihtiyacım var</translation>
    </message>
    <message>
        <source>Passer</source>
        <translation>Geç</translation>
    </message>
</context>
<context>
    <name>FiguresPage</name>
    <message>
        <source>Aujourd&apos;hui</source>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Cette semaine</source>
        <translation>Bu hafta</translation>
    </message>
    <message>
        <source>Ce mois-ci</source>
        <translation>Bu ay</translation>
    </message>
    <message>
        <source>Passages par service</source>
        <translation>Hizmete göre ziyaretler</translation>
    </message>
    <message>
        <source>Seul ou accompagné</source>
        <translation>Yalnız ya da refakatli</translation>
    </message>
    <message>
        <source>Accompagnements : la démarche est-elle faite ?</source>
        <translation>Refakatli: işlem tamamlandı mı?</translation>
    </message>
    <message>
        <source>Heures d&apos;arrivée les plus fréquentées</source>
        <translation>En yoğun geliş saatleri</translation>
    </message>
    <message>
        <source>Aucun passage sur cette période.</source>
        <translation>Bu dönemde ziyaret yok.</translation>
    </message>
    <message>
        <source>%1 passages, dont %2 accompagnements</source>
        <translation>%1 ziyaret, %2 tanesi refakatli</translation>
    </message>
    <message>
        <source>Seul</source>
        <translation>Yalnız</translation>
    </message>
    <message>
        <source>Accompagné</source>
        <translation>Refakatli</translation>
    </message>
    <message>
        <source>Faite</source>
        <translation>Yapıldı</translation>
    </message>
    <message>
        <source>À finir seule</source>
        <translation>Tek başına bitirilecek</translation>
    </message>
    <message>
        <source>Doit revenir</source>
        <translation>Tekrar gelmeli</translation>
    </message>
    <message>
        <source>Envoyée ailleurs</source>
        <translation>Başka yere yönlendirildi</translation>
    </message>
</context>
<context>
    <name>GuideScreen</name>
    <message>
        <source>Écouter</source>
        <translation>Dinle</translation>
    </message>
    <message>
        <source>Lire le guide à voix haute</source>
        <translation>Rehberi sesli oku</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Yardım iste</translation>
    </message>
    <message>
        <source>Fermer le guide</source>
        <translation>Rehberi kapat</translation>
    </message>
    <message>
        <source>Ce guide n&apos;existe pas encore dans votre langue : le voici en français.</source>
        <translation>Bu rehber henüz dilinizde yok: işte Fransızcası.</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Telefonumda devam et</translation>
    </message>
    <message>
        <source>Scannez ce code : il ouvre la page d&apos;accueil du service.</source>
        <translation>Bu kodu tarayın: hizmetin ana sayfasını açar.</translation>
    </message>
    <message>
        <source>Montrer en grand</source>
        <translation>Büyük göster</translation>
    </message>
    <message>
        <source>Montrer le code en grand</source>
        <translation>Kodu büyük göster</translation>
    </message>
    <message>
        <source>Le guide de ce service n&apos;est pas encore écrit.</source>
        <translation>Bu hizmetin rehberi henüz yazılmadı.</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut vous expliquer.</source>
        <translation>Karşılamadan biri açıklayabilir.</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil</source>
        <translation>Karşılamaya sorun</translation>
    </message>
    <message>
        <source>À quoi ça sert</source>
        <translation>Ne işe yarar</translation>
    </message>
    <message>
        <source>Les papiers à préparer</source>
        <translation>Hazırlanacak belgeler</translation>
    </message>
    <message>
        <source>Le code reçu par SMS</source>
        <translation>SMS ile gelen kod</translation>
    </message>
    <message>
        <source>Près d&apos;ici</source>
        <translation>Buraya yakın</translation>
    </message>
    <message>
        <source>Une personne de l&apos;accueil peut faire la démarche avec vous.</source>
        <translation>Karşılamadan biri işlemi sizinle birlikte yapabilir.</translation>
    </message>
    <message>
        <source>Code de la page d&apos;accueil du service</source>
        <translation>Hizmetin ana sayfasının kodu</translation>
    </message>
    <message>
        <source>Téléphone : %1</source>
        <translation>Telefon: %1</translation>
    </message>
    <message>
        <source>Demandez à l&apos;accueil l&apos;adresse du bureau le plus proche.</source>
        <translation>En yakın ofisin adresini karşılamaya sorun.</translation>
    </message>
    <message>
        <source>Numéro national : %1</source>
        <translation>Ulusal numara: %1</translation>
    </message>
</context>
<context>
    <name>HelpBanner</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider.</source>
        <translation>Karşılamadan biri size yardıma geliyor.</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Tamam (karşılama)</translation>
    </message>
</context>
<context>
    <name>HelpOverlay</name>
    <message>
        <source>Une personne de l&apos;accueil va venir vous aider</source>
        <translation>Karşılamadan biri size yardıma geliyor</translation>
    </message>
    <message>
        <source>Restez près de la borne. Vous pouvez continuer en attendant.</source>
        <translation>Terminalin yakınında kalın. Beklerken devam edebilirsiniz.</translation>
    </message>
    <message>
        <source>Continuer en attendant</source>
        <translation>Beklerken devam et</translation>
    </message>
    <message>
        <source>C&apos;est fait (accueil)</source>
        <translation>Tamam (karşılama)</translation>
    </message>
</context>
<context>
    <name>HelpPage</name>
    <message>
        <source>Personne n&apos;attend d&apos;aide.</source>
        <translation>Yardım bekleyen kimse yok.</translation>
    </message>
    <message>
        <source>Tout est fait</source>
        <translation>Hepsi tamam</translation>
    </message>
    <message>
        <source>l&apos;accueil</source>
        <translation>karşılama</translation>
    </message>
    <message>
        <source>Aide demandée à %1 (écran : %2)</source>
        <translation>Yardım istendi: %1 (ekran: %2)</translation>
    </message>
    <message>
        <source>C&apos;est fait</source>
        <translation>Tamam</translation>
    </message>
</context>
<context>
    <name>HomeScreen</name>
    <message>
        <source>Logo du centre</source>
        <translation>Merkezin logosu</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Türkçe</translation>
    </message>
    <message>
        <source>Choisir la langue</source>
        <translation>Dili seçin</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Yardım iste</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Bir hizmet seçin</translation>
    </message>
    <message>
        <source>Aucun service n&apos;est disponible pour le moment.</source>
        <translation>Şu anda kullanılabilir hizmet yok.</translation>
    </message>
    <message>
        <source>Rien de ce que vous faites ici n&apos;est gardé : tout s&apos;efface à la fin.</source>
        <translation>Burada yaptığınız hiçbir şey saklanmaz: her şey sonunda silinir.</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>Terminalin saydıkları</translation>
    </message>
    <message>
        <source>Ce que la borne compte, et ce qu&apos;elle ne garde jamais</source>
        <translation>Terminalin saydıkları ve asla saklamadıkları</translation>
    </message>
</context>
<context>
    <name>IdleOverlay</name>
    <message>
        <source>Je continue</source>
        <translation>Devam ediyorum</translation>
    </message>
    <message>
        <source>Terminer maintenant</source>
        <translation>Şimdi bitir</translation>
    </message>
    <message>
        <source>Secondes restantes</source>
        <translation>Kalan saniye</translation>
    </message>
    <message>
        <source>L&apos;accueil va fermer</source>
        <translation>Karşılama kapanmak üzere</translation>
    </message>
    <message>
        <source>La session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>Oturum bitiyor ve yaptığınız her şey şu süre içinde silinecek:</translation>
    </message>
    <message>
        <source>Êtes-vous toujours là ?</source>
        <translation>Hâlâ orada mısınız?</translation>
    </message>
    <message>
        <source>Sans réponse, la session se termine et tout ce que vous avez fait sera effacé dans :</source>
        <translation>Yanıt gelmezse oturum biter ve yaptığınız her şey şu süre içinde silinir:</translation>
    </message>
    <message>
        <source>seconde</source>
        <translation>saniye</translation>
    </message>
    <message>
        <source>secondes</source>
        <translation>saniye</translation>
    </message>
</context>
<context>
    <name>Inclusion</name>
    <message>
        <source>Aide près d&apos;ici</source>
        <translation>Yakındaki yardım</translation>
    </message>
    <message>
        <source>Où trouver de l&apos;aide près d&apos;ici</source>
        <translation>Yakında nereden yardım alınır</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Rehber</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Bu hizmetin rehberini oku</translation>
    </message>
    <message>
        <source>Choisissez un service</source>
        <translation>Bir hizmet seçin</translation>
    </message>
</context>
<context>
    <name>KioskPage</name>
    <message>
        <source>Message du site</source>
        <extracomment>chooseFiles replacement: (mode, old files, accepted MIME types) → paths.</extracomment>
        <translation>Siteden mesaj</translation>
    </message>
    <message>
        <source>Question du site</source>
        <translation>Siteden soru</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <source>Choisissez votre langue</source>
        <translation>Dilinizi seçin</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
</context>
<context>
    <name>LogoutReminder</name>
    <message>
        <source>Pensez à vous déconnecter de votre compte</source>
        <extracomment>How long &quot;Vos données ont été effacées&quot; stays before the home screen.</extracomment>
        <translation>Hesabınızdan çıkış yapmayı unutmayın</translation>
    </message>
    <message>
        <source>Si vous vous êtes connecté ou connectée à un site, déconnectez-vous avant de partir.</source>
        <translation>Bir siteye giriş yaptıysanız, ayrılmadan önce çıkış yapın.</translation>
    </message>
    <message>
        <source>Tout effacer et terminer</source>
        <translation>Her şeyi sil ve bitir</translation>
    </message>
    <message>
        <source>Revenir au site</source>
        <translation>Siteye dön</translation>
    </message>
    <message>
        <source>Tout ce que vous avez fait sur la borne sera effacé.</source>
        <translation>Terminalde yaptığınız her şey silinecek.</translation>
    </message>
    <message>
        <source>Me déconnecter de %1</source>
        <translation>%1 oturumunu kapat</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Borne d&apos;accueil</source>
        <translation>Karşılama terminali</translation>
    </message>
</context>
<context>
    <name>NoticeCard</name>
    <message>
        <source>J&apos;ai compris</source>
        <translation>Anladım</translation>
    </message>
</context>
<context>
    <name>OfflineScreen</name>
    <message>
        <source>Ce n&apos;est pas de votre faute. Vous pouvez aussi demander de l&apos;aide à l&apos;accueil.</source>
        <translation>Bu sizin hatanız değil. Karşılamadan da yardım isteyebilirsiniz.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Lire le guide de ce service</source>
        <translation>Bu hizmetin rehberini oku</translation>
    </message>
    <message>
        <source>Revenir à l&apos;accueil</source>
        <translation>Ana ekrana dön</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas connectée à Internet</source>
        <translation>Terminal internete bağlı değil</translation>
    </message>
    <message>
        <source>Internet ne marche pas en ce moment sur la borne. Réessayez dans un instant.</source>
        <translation>İnternet şu anda terminalde çalışmıyor. Birazdan tekrar deneyin.</translation>
    </message>
    <message>
        <source>Ce service a un problème en ce moment</source>
        <translation>Bu hizmette şu anda bir sorun var</translation>
    </message>
    <message>
        <source>Le site du service est en panne ou trop chargé. Réessayez plus tard.</source>
        <translation>Hizmetin sitesi çalışmıyor ya da çok yoğun. Daha sonra deneyin.</translation>
    </message>
    <message>
        <source>Ce service ne répond pas</source>
        <translation>Bu hizmet yanıt vermiyor</translation>
    </message>
    <message>
        <source>Internet marche, mais le site du service ne répond pas. Réessayez dans un instant.</source>
        <translation>İnternet çalışıyor ama hizmetin sitesi yanıt vermiyor. Birazdan tekrar deneyin.</translation>
    </message>
</context>
<context>
    <name>PdfViewer</name>
    <message>
        <source>Ce document ne peut pas être affiché.</source>
        <translation>Bu belge gösterilemiyor.</translation>
    </message>
    <message>
        <source>‹ Retour au site</source>
        <translation>‹ Siteye dön</translation>
    </message>
    <message>
        <source>Imprimer</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>‹ Page précédente</source>
        <translation>‹ Önceki sayfa</translation>
    </message>
    <message>
        <source>Page suivante ›</source>
        <translation>Sonraki sayfa ›</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Réduire</source>
        <translation>Küçült</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Agrandir</source>
        <translation>Büyüt</translation>
    </message>
    <message>
        <source>Page %1 sur %2</source>
        <translation>Sayfa %1 / %2</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Effacer</source>
        <translation>Sil</translation>
    </message>
    <message>
        <source>Valider</source>
        <translation>Onayla</translation>
    </message>
    <message>
        <source>Effacer le dernier chiffre</source>
        <translation>Son rakamı sil</translation>
    </message>
    <message>
        <source>Code de l&apos;accueil</source>
        <translation>Karşılama kodu</translation>
    </message>
    <message>
        <source>Réservé au personnel et aux bénévoles de l&apos;accueil.</source>
        <translation>Yalnızca karşılama personeli ve gönüllüler için.</translation>
    </message>
    <message>
        <source>Choisissez le code de l&apos;accueil</source>
        <translation>Karşılama kodunu seçin</translation>
    </message>
    <message numerus="yes">
        <source>Première utilisation : choisissez un code de %n chiffres ou plus, à partager avec l&apos;équipe de l&apos;accueil.</source>
        <translation>
            <numerusform>İlk kullanım: karşılama ekibiyle paylaşılacak en az %n haneli bir kod seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>Tapez le même code une deuxième fois</source>
        <translation>Aynı kodu bir kez daha yazın</translation>
    </message>
    <message>
        <source>Pour être sûr qu&apos;il n&apos;y a pas d&apos;erreur de frappe.</source>
        <translation>Yazım hatası olmadığından emin olmak için.</translation>
    </message>
    <message>
        <source>Chiffres tapés : %1</source>
        <translation>Yazılan rakamlar: %1</translation>
    </message>
    <message>
        <source>Le trousseau de la borne ne répond pas : le panneau ne peut pas s&apos;ouvrir. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>Terminalin anahtarlığı yanıt vermiyor: panel açılamıyor. Bilgisayarla ilgilenen kişiye haber verin.</translation>
    </message>
    <message>
        <source>Vous pouvez réessayer.</source>
        <translation>Tekrar deneyebilirsiniz.</translation>
    </message>
    <message>
        <source>Trop d&apos;essais manqués : le panneau est bloqué un moment. Code oublié ? La personne qui s&apos;occupe de l&apos;ordinateur peut le remettre à zéro (commande : sudo borne-admin admin reset-pin).</source>
        <translation>Çok fazla hatalı deneme: panel bir süre kilitlendi. Kodu mu unuttunuz? Bilgisayarla ilgilenen kişi sıfırlayabilir (komut: sudo borne-admin admin reset-pin).</translation>
    </message>
    <message>
        <source>Code incorrect. Attendez un peu avant de réessayer.</source>
        <translation>Kod yanlış. Tekrar denemeden önce biraz bekleyin.</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 min %2 s</source>
        <translation>%1 dk %2 sn sonra yeniden denenebilir</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans 1 seconde</source>
        <translation>1 saniye sonra yeniden denenebilir</translation>
    </message>
    <message>
        <source>Nouvel essai possible dans %1 secondes</source>
        <translation>%1 saniye sonra yeniden denenebilir</translation>
    </message>
    <message>
        <source>Code incorrect. Réessayez.</source>
        <translation>Kod yanlış. Tekrar deneyin.</translation>
    </message>
    <message>
        <source>Seulement des chiffres.</source>
        <translation>Yalnızca rakam.</translation>
    </message>
    <message numerus="yes">
        <source>Trop court : %n chiffres au moins.</source>
        <translation>
            <numerusform>Çok kısa: en az %n rakam.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Trop long : %n chiffres au plus.</source>
        <translation>
            <numerusform>Çok uzun: en fazla %n rakam.</numerusform>
        </translation>
    </message>
    <message>
        <source>Trop facile à deviner (chiffres qui se suivent ou tous pareils). Choisissez-en un autre.</source>
        <translation>Tahmin etmesi çok kolay (ardışık ya da hepsi aynı rakamlar). Başka birini seçin.</translation>
    </message>
    <message>
        <source>Les deux codes sont différents. Recommencez depuis le début.</source>
        <translation>İki kod farklı. Baştan başlayın.</translation>
    </message>
    <message>
        <source>Un code existe déjà : tapez-le.</source>
        <translation>Bir kod zaten var: onu yazın.</translation>
    </message>
</context>
<context>
    <name>PrintConfirm</name>
    <message>
        <source>Imprimer</source>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Une copie de moins</source>
        <translation>Bir kopya eksik</translation>
    </message>
    <message>
        <source>Une copie de plus</source>
        <translation>Bir kopya fazla</translation>
    </message>
    <message>
        <source>Nombre de copies :</source>
        <translation>Kopya sayısı:</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Ce document a %1.</source>
        <translation>Bu belge %1 içeriyor.</translation>
    </message>
    <message>
        <source>1 page</source>
        <translation>1 sayfa</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sayfa</translation>
    </message>
    <message>
        <source>En tout : %1</source>
        <translation>Toplam: %1</translation>
    </message>
    <message>
        <source>Vous pouvez encore imprimer %1 pendant cette session.</source>
        <translation>Bu oturumda hâlâ %1 yazdırabilirsiniz.</translation>
    </message>
    <message>
        <source>C&apos;est plus que ce qui reste pour cette session. Demandez à l&apos;accueil pour imprimer davantage.</source>
        <translation>Bu, oturum için kalan miktardan fazla. Daha fazla yazdırmak için karşılamaya sorun.</translation>
    </message>
</context>
<context>
    <name>QrOverlay</name>
    <message>
        <source>Code à scanner avec votre téléphone</source>
        <translation>Telefonunuzla taranacak kod</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Continuer sur mon téléphone</source>
        <translation>Telefonumda devam et</translation>
    </message>
    <message>
        <source>Scannez ce code avec l&apos;appareil photo de votre téléphone. Il ouvre la page d&apos;accueil de %1.</source>
        <translation>Bu kodu telefonunuzun kamerasıyla tarayın. %1 ana sayfasını açar.</translation>
    </message>
    <message>
        <source>Ce que vous avez fait sur la borne ne passe pas sur votre téléphone.</source>
        <translation>Burada yaptıklarınız telefonunuza geçmez.</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Bu bağlantı telefonda açılır</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>Terminal arama yapamaz, mesaj yazamaz. Bunu yapmak için bu kodu telefonunuzla tarayın.</translation>
    </message>
</context>
<context>
    <name>RefusedScreen</name>
    <message>
        <source>Revenir au service</source>
        <translation>Hizmete dön</translation>
    </message>
    <message>
        <source>Ce lien s&apos;ouvre sur un téléphone</source>
        <translation>Bu bağlantı telefonda açılır</translation>
    </message>
    <message>
        <source>La borne ne peut pas appeler ni écrire un message. Scannez ce code avec votre téléphone pour le faire.</source>
        <translation>Terminal arama yapamaz, mesaj yazamaz. Bunu yapmak için bu kodu telefonunuzla tarayın.</translation>
    </message>
    <message>
        <source>Cette page n&apos;est pas disponible sur la borne</source>
        <translation>Bu sayfa terminalde kullanılamaz</translation>
    </message>
    <message>
        <source>La connexion avec ce site n&apos;est pas sûre en ce moment. Réessayez plus tard ou demandez de l&apos;aide à l&apos;accueil.</source>
        <translation>Bu siteyle bağlantı şu anda güvenli değil. Daha sonra deneyin ya da karşılamadan yardım isteyin.</translation>
    </message>
    <message>
        <source>Elle ne fait pas partie de ce service. Vous pouvez revenir au service ou demander de l&apos;aide à l&apos;accueil.</source>
        <translation>Bu hizmetin parçası değil. Hizmete dönebilir ya da karşılamadan yardım isteyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>ScanScreen</name>
    <message>
        <source>Scanner un document</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Noir et blanc</source>
        <translation>Siyah beyaz</translation>
    </message>
    <message>
        <source>Couleur</source>
        <translation>Renkli</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Recommencer cette page</source>
        <translation>Bu sayfayı yeniden yap</translation>
    </message>
    <message>
        <source>Ajouter une page</source>
        <translation>Sayfa ekle</translation>
    </message>
    <message>
        <source>Scanner la page</source>
        <translation>Sayfayı tara</translation>
    </message>
    <message>
        <source>Enregistrer</source>
        <translation>Kaydet</translation>
    </message>
    <message>
        <source>Type de scan :</source>
        <translation>Tarama türü:</translation>
    </message>
    <message>
        <source>document scanné</source>
        <translation>taranmış belge</translation>
    </message>
    <message>
        <source>Le scanner est occupé. Attendez un instant, puis réessayez.</source>
        <translation>Tarayıcı meşgul. Biraz bekleyin, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Il n&apos;y a pas de feuille dans le scanner.</source>
        <translation>Tarayıcıda kağıt yok.</translation>
    </message>
    <message>
        <source>Une feuille est coincée dans le scanner. Demandez à une personne de l&apos;accueil.</source>
        <translation>Tarayıcıda bir kağıt sıkıştı. Karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>Le couvercle du scanner est ouvert. Fermez-le, puis réessayez.</source>
        <translation>Tarayıcının kapağı açık. Kapatın, sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>Le scan n&apos;a pas marché. Réessayez, ou demandez à une personne de l&apos;accueil.</source>
        <translation>Tarama olmadı. Tekrar deneyin ya da karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>Réessayer</source>
        <translation>Tekrar dene</translation>
    </message>
    <message>
        <source>Scanner la page suivante</source>
        <translation>Sonraki sayfayı tara</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>Recherche du scanner…</source>
        <translation>Tarayıcı aranıyor…</translation>
    </message>
    <message>
        <source>Le scanner n&apos;est pas disponible. Demandez à une personne de l&apos;accueil : elle peut scanner pour vous.</source>
        <translation>Tarayıcı kullanılamıyor. Karşılamadan birine sorun: sizin için tarayabilir.</translation>
    </message>
    <message>
        <source>Posez la feuille sur la vitre, face écrite vers le bas, fermez le couvercle, puis touchez « Scanner la page ».</source>
        <translation>Kağıdı yazılı yüzü aşağıda camın üstüne koyun, kapağı kapatın, sonra «Sayfayı tara»ya dokunun.</translation>
    </message>
    <message>
        <source>Scan en cours… Ne soulevez pas le couvercle.</source>
        <translation>Taranıyor… Kapağı kaldırmayın.</translation>
    </message>
    <message>
        <source>Page %1 scannée. Vérifiez qu&apos;elle est lisible.</source>
        <translation>Sayfa %1 tarandı. Okunaklı olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>Vous pouvez ajouter une autre page, ou enregistrer le document.</source>
        <translation>Başka bir sayfa ekleyebilir ya da belgeyi kaydedebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>ServiceScreen</name>
    <message>
        <source>Accueil</source>
        <extracomment>Zoom factors reachable with A− / A+ (bounded: 50 % to 200 %). Below this width the zoom percentage is hidden to keep every button on screen.</extracomment>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Retour</source>
        <translation>Geri</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Texte plus petit</source>
        <translation>Daha küçük yazı</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Texte plus grand</source>
        <translation>Daha büyük yazı</translation>
    </message>
    <message>
        <source>Demander de l&apos;aide</source>
        <translation>Yardım iste</translation>
    </message>
    <message>
        <source>Terminer</source>
        <translation>Bitir</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%%1</translation>
    </message>
</context>
<context>
    <name>SessionController</name>
    <message>
        <source>Imprimer</source>
        <extracomment>Every how many ticks the page is asked whether a video plays. Longest wait for the service&apos;s logout page before wiping anyway. When to look for a scanner after start-up (so the start stays fast). Runs in an isolated world: the page cannot see or fake it.</extracomment>
        <translation>Yazdır</translation>
    </message>
    <message>
        <source>Imprimer cette page</source>
        <translation>Bu sayfayı yazdır</translation>
    </message>
    <message>
        <source>Scanner</source>
        <translation>Tara</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Pas de scanner</source>
        <translation>Tarayıcı yok</translation>
    </message>
    <message>
        <source>Demandez à une personne de l&apos;accueil.</source>
        <translation>Karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>L&apos;accueil ferme bientôt</source>
        <translation>Karşılama yakında kapanıyor</translation>
    </message>
    <message>
        <source>Pensez à terminer votre démarche dans les prochaines minutes.</source>
        <translation>İşleminizi önümüzdeki dakikalarda bitirmeyi unutmayın.</translation>
    </message>
    <message>
        <source>%1 h %2</source>
        <translation>%1.%2</translation>
    </message>
    <message>
        <source>La borne n&apos;est pas encore ouverte</source>
        <translation>Terminal henüz açık değil</translation>
    </message>
    <message>
        <source>Elle ouvre à %1.</source>
        <translation>%1&apos;de açılır.</translation>
    </message>
    <message>
        <source>Il n&apos;est plus possible de commencer une session aujourd&apos;hui. Revenez demain à partir de %1, ou demandez à une personne de l&apos;accueil.</source>
        <translation>Bugün artık oturum başlatılamaz. Yarın %1&apos;den itibaren gelin ya da karşılamadan birine sorun.</translation>
    </message>
    <message>
        <source>La borne est fermée</source>
        <translation>Terminal kapalı</translation>
    </message>
    <message>
        <source>Revenez demain à partir de %1.</source>
        <translation>Yarın %1&apos;den itibaren gelin.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>%1 min</source>
        <translation>%1 dk</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 sn</translation>
    </message>
    <message>
        <source>%1 pages</source>
        <translation>%1 sayfa</translation>
    </message>
    <message>
        <source>Nom du centre</source>
        <translation>Merkezin adı</translation>
    </message>
    <message>
        <source>Logo du centre</source>
        <translation>Merkezin logosu</translation>
    </message>
    <message>
        <source>vide : pas de logo</source>
        <translation>boş: logo yok</translation>
    </message>
    <message>
        <source>Enregistrer les réglages</source>
        <translation>Ayarları kaydet</translation>
    </message>
    <message>
        <source>Nom du centre (en haut de l&apos;écran)</source>
        <translation>Merkezin adı (ekranın üstünde)</translation>
    </message>
    <message>
        <source>Logo du centre : chemin complet d&apos;une image PNG ou SVG</source>
        <translation>Merkezin logosu: bir PNG veya SVG görüntüsünün tam yolu</translation>
    </message>
    <message>
        <source>Ouverture de l&apos;accueil</source>
        <translation>Karşılamanın açılışı</translation>
    </message>
    <message>
        <source>Fermeture de l&apos;accueil</source>
        <translation>Karşılamanın kapanışı</translation>
    </message>
    <message>
        <source>Sans toucher l&apos;écran, la borne demande « Êtes-vous toujours là ? » après</source>
        <translation>Ekrana dokunulmazsa terminal şu süreden sonra «Hâlâ orada mısınız?» diye sorar</translation>
    </message>
    <message>
        <source>… et pendant un accompagnement, après</source>
        <translation>… refakatliyken de şu süreden sonra</translation>
    </message>
    <message>
        <source>Pages que chaque personne peut imprimer</source>
        <translation>Her kişinin yazdırabileceği sayfa</translation>
    </message>
    <message>
        <source>Les réglages s&apos;appliquent au prochain démarrage de la borne (bouton « Redémarrer » dans « La borne »).</source>
        <translation>Ayarlar terminal yeniden başlayınca geçerli olur («Terminal» içindeki «Yeniden başlat» düğmesi).</translation>
    </message>
    <message>
        <source>Réglages enregistrés. Ils s&apos;appliqueront au prochain démarrage de la borne.</source>
        <translation>Ayarlar kaydedildi. Terminal yeniden başlayınca geçerli olacak.</translation>
    </message>
    <message>
        <source>Écrivez le nom du centre.</source>
        <translation>Merkezin adını yazın.</translation>
    </message>
    <message>
        <source>Le nom du centre est trop long.</source>
        <translation>Merkezin adı çok uzun.</translation>
    </message>
    <message>
        <source>Le logo doit être le chemin complet d&apos;une image PNG ou SVG lisible sur cet ordinateur, par exemple /var/lib/borne/logo.png.</source>
        <translation>Logo, bu bilgisayarda okunabilen bir PNG veya SVG görüntüsünün tam yolu olmalıdır, örneğin /var/lib/borne/logo.png.</translation>
    </message>
    <message>
        <source>L&apos;heure de fermeture doit venir après l&apos;ouverture.</source>
        <translation>Kapanış saati açılıştan sonra olmalı.</translation>
    </message>
    <message>
        <source>Pendant un accompagnement, le délai doit être au moins aussi long que seul.</source>
        <translation>Refakatli sürede bekleme, yalnızken olduğu kadar uzun olmalı.</translation>
    </message>
    <message>
        <source>Le fichier des réglages ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>Ayar dosyası bu bilgisayara yazılamıyor. Bilgisayarla ilgilenen kişiye haber verin.</translation>
    </message>
    <message>
        <source>Valeur hors limites.</source>
        <translation>Değer sınırların dışında.</translation>
    </message>
    <message>
        <source>Réglages refusés, rien n&apos;a été changé.</source>
        <translation>Ayarlar reddedildi, hiçbir şey değişmedi.</translation>
    </message>
</context>
<context>
    <name>StaffPanel</name>
    <message>
        <source>Chiffres</source>
        <translation>Rakamlar</translation>
    </message>
    <message>
        <source>Demandes d&apos;aide</source>
        <translation>Yardım istekleri</translation>
    </message>
    <message>
        <source>Tuiles</source>
        <translation>Kutucuklar</translation>
    </message>
    <message>
        <source>Réglages</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>La borne</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Refakate başla</translation>
    </message>
    <message>
        <source>Fermer le panneau</source>
        <translation>Paneli kapat</translation>
    </message>
    <message>
        <source>Panneau de l&apos;accueil</source>
        <translation>Karşılama paneli</translation>
    </message>
</context>
<context>
    <name>StartAccompaniment</name>
    <message>
        <source>Accueil</source>
        <translation>Ana sayfa</translation>
    </message>
    <message>
        <source>Médiateur ou conseiller numérique</source>
        <translation>Dijital arabulucu veya danışman</translation>
    </message>
    <message>
        <source>Bénévole</source>
        <translation>Gönüllü</translation>
    </message>
    <message>
        <source>Écrivain public</source>
        <translation>Dilekçe yazarı</translation>
    </message>
    <message>
        <source>Travailleur social</source>
        <translation>Sosyal çalışmacı</translation>
    </message>
    <message>
        <source>Une démarche (accès aux droits)</source>
        <translation>Bir işlem (haklara erişim)</translation>
    </message>
    <message>
        <source>Apprendre le numérique</source>
        <translation>Dijital beceriler öğrenmek</translation>
    </message>
    <message>
        <source>Commencer l&apos;accompagnement</source>
        <translation>Refakate başla</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Démarrer un accompagnement</source>
        <translation>Refakate başla</translation>
    </message>
    <message>
        <source>La session dure plus longtemps sans toucher l&apos;écran, et vous pourrez la mettre en pause. Aucun nom n&apos;est enregistré.</source>
        <translation>Ekrana dokunmadan oturum daha uzun sürer ve duraklatabilirsiniz. Hiçbir isim kaydedilmez.</translation>
    </message>
    <message>
        <source>Vous êtes</source>
        <translation>Siz</translation>
    </message>
    <message>
        <source>Pour</source>
        <translation>İçin</translation>
    </message>
    <message>
        <source>Thèmes (facultatif, plusieurs possibles)</source>
        <translation>Konular (isteğe bağlı, birden fazla olabilir)</translation>
    </message>
    <message>
        <source>Touchez d&apos;abord ce que vous êtes (accueil, bénévole…).</source>
        <translation>Önce ne olduğunuza dokunun (karşılama, gönüllü…).</translation>
    </message>
</context>
<context>
    <name>TilesPage</name>
    <message>
        <source>Nom de la tuile</source>
        <translation>Kutucuğun adı</translation>
    </message>
    <message>
        <source>Adresse de départ</source>
        <translation>Başlangıç adresi</translation>
    </message>
    <message>
        <source>Sites autorisés</source>
        <translation>İzin verilen siteler</translation>
    </message>
    <message>
        <source>Vérifier et ajouter la tuile</source>
        <translation>Kontrol et ve kutucuğu ekle</translation>
    </message>
    <message>
        <source>Ajouter une tuile du centre…</source>
        <translation>Merkezin bir kutucuğunu ekle…</translation>
    </message>
    <message>
        <source>Nom sur la tuile (par exemple : Mairie)</source>
        <translation>Kutucuktaki ad (örneğin: Belediye)</translation>
    </message>
    <message>
        <source>Adresse de la page de départ</source>
        <translation>Başlangıç sayfasının adresi</translation>
    </message>
    <message>
        <source>Sites permis (facultatif ; sinon seulement le site de l&apos;adresse)</source>
        <translation>İzin verilen siteler (isteğe bağlı; yoksa yalnızca adresin sitesi)</translation>
    </message>
    <message>
        <source>Les changements sont enregistrés tout de suite et visibles au prochain démarrage de la borne.</source>
        <translation>Değişiklikler hemen kaydedilir ve terminal yeniden başlayınca görünür.</translation>
    </message>
    <message>
        <source>Annuler l&apos;ajout</source>
        <translation>Eklemeyi iptal et</translation>
    </message>
    <message>
        <source> (accompagnement seulement)</source>
        <translation> (yalnızca refakatle)</translation>
    </message>
    <message>
        <source> (adresse à remplir)</source>
        <translation> (adres doldurulacak)</translation>
    </message>
    <message>
        <source>Affichée</source>
        <translation>Görünür</translation>
    </message>
    <message>
        <source>Cachée</source>
        <translation>Gizli</translation>
    </message>
    <message>
        <source>Afficher ou cacher %1</source>
        <translation>%1 göster veya gizle</translation>
    </message>
    <message>
        <source>Monter %1</source>
        <translation>%1 yukarı taşı</translation>
    </message>
    <message>
        <source>Descendre %1</source>
        <translation>%1 aşağı taşı</translation>
    </message>
    <message>
        <source>Retirer</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Enregistré. Visible au prochain démarrage de la borne.</source>
        <translation>Kaydedildi. Terminal yeniden başlayınca görünür.</translation>
    </message>
    <message>
        <source>Écrivez le nom de la tuile.</source>
        <translation>Kutucuğun adını yazın.</translation>
    </message>
    <message>
        <source>Nom trop long (40 caractères au plus).</source>
        <translation>Ad çok uzun (en fazla 40 karakter).</translation>
    </message>
    <message>
        <source>Les sites permis sont mal écrits : seulement des noms comme www.ville.fr ou *.ville.fr, sans https:// ni /.</source>
        <translation>İzin verilen siteler yanlış yazılmış: yalnızca www.sehir.fr veya *.sehir.fr gibi adlar, https:// ve / olmadan.</translation>
    </message>
    <message>
        <source>Adresse refusée : elle doit commencer par https:// et son site doit être dans les sites permis.</source>
        <translation>Adres reddedildi: https:// ile başlamalı ve sitesi izin verilen siteler arasında olmalı.</translation>
    </message>
    <message>
        <source>Cette adresse est un exemple : mettez la vraie adresse.</source>
        <translation>Bu adres bir örnek: gerçek adresi yazın.</translation>
    </message>
    <message>
        <source>Une tuile porte déjà ce nom.</source>
        <translation>Bu ada sahip bir kutucuk zaten var.</translation>
    </message>
    <message>
        <source>Les tuiles livrées avec la borne se cachent, elles ne se retirent pas.</source>
        <translation>Terminalle gelen kutucuklar gizlenir, kaldırılmaz.</translation>
    </message>
    <message>
        <source>Cette tuile n&apos;existe plus.</source>
        <translation>Bu kutucuk artık yok.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles ne peut pas être écrit sur cet ordinateur. Prévenez la personne qui s&apos;occupe de l&apos;ordinateur.</source>
        <translation>Kutucuk dosyası bu bilgisayara yazılamıyor. Bilgisayarla ilgilenen kişiye haber verin.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles est illisible.</source>
        <translation>Kutucuk dosyası okunamıyor.</translation>
    </message>
    <message>
        <source>Le fichier des tuiles contient une erreur : rien n&apos;a été changé.</source>
        <translation>Kutucuk dosyasında bir hata var: hiçbir şey değişmedi.</translation>
    </message>
    <message>
        <source>Refusé, rien n&apos;a été changé : %1</source>
        <translation>Reddedildi, hiçbir şey değişmedi: %1</translation>
    </message>
</context>
<context>
    <name>UploadPicker</name>
    <message>
        <source>Choisir un document à envoyer</source>
        <translation>Gönderilecek belgeyi seçin</translation>
    </message>
    <message>
        <source>Vous n&apos;avez pas encore de document. Vous pouvez scanner un papier, ou télécharger un document sur le site.</source>
        <translation>Henüz belgeniz yok. Bir kağıt tarayabilir ya da siteden belge indirebilirsiniz.</translation>
    </message>
    <message>
        <source>Annuler</source>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Scanner un document</source>
        <translation>Belge tara</translation>
    </message>
    <message>
        <source>Envoyer ce document</source>
        <translation>Bu belgeyi gönder</translation>
    </message>
    <message>
        <source>%1
(clé USB)</source>
        <translation>%1
(USB bellek)</translation>
    </message>
    <message>
        <source>%1
(scanné)</source>
        <translation>%1
(tarandı)</translation>
    </message>
    <message>
        <source>Touchez un document, puis « Envoyer ».</source>
        <translation>Bir belgeye, sonra «Gönder»e dokunun.</translation>
    </message>
    <message>
        <source>Touchez un ou plusieurs documents, puis « Envoyer ».</source>
        <translation>Bir veya daha fazla belgeye, sonra «Gönder»e dokunun.</translation>
    </message>
    <message>
        <source>Les documents de la clé USB sont aussi montrés.</source>
        <translation>USB bellekteki belgeler de gösterilir.</translation>
    </message>
    <message>
        <source>Envoyer ces documents</source>
        <translation>Bu belgeleri gönder</translation>
    </message>
</context>
<context>
    <name>WhatWeCountPage</name>
    <message>
        <source>Ce que la borne compte</source>
        <extracomment>Journal fields filled only for accompanied sessions (shown in their own section).</extracomment>
        <translation>Terminalin saydıkları</translation>
    </message>
    <message>
        <source>La borne compte ses passages pour que le centre et sa fédération sachent à quoi elle sert. Personne ne peut savoir qui vous êtes ni ce que vous avez fait.</source>
        <translation>Terminal, merkez ve federasyonu ne işe yaradığını bilsin diye ziyaretleri sayar. Kimse kim olduğunuzu ya da ne yaptığınızı bilemez.</translation>
    </message>
    <message>
        <source>Ce qui n&apos;est jamais enregistré</source>
        <translation>Asla kaydedilmeyenler</translation>
    </message>
    <message>
        <source>Ce qui est compté, pour chaque passage</source>
        <translation>Her ziyarette sayılanlar</translation>
    </message>
    <message>
        <source>En plus, quand une personne de l&apos;équipe vous accompagne</source>
        <translation>Ayrıca, ekipten biri size eşlik ettiğinde</translation>
    </message>
    <message>
        <source>Combien de temps</source>
        <translation>Ne kadar süre</translation>
    </message>
    <message>
        <source>Le détail de chaque passage reste sur cette borne {days} jours, puis il est effacé.</source>
        <translation>Her ziyaretin ayrıntısı bu terminalde {days} gün kalır, sonra silinir.</translation>
    </message>
    <message>
        <source>Seuls des totaux par jour (par exemple « 12 passages, dont 3 pour la Caf ») sont gardés plus longtemps et envoyés à la fédération des centres sociaux.</source>
        <translation>Yalnızca günlük toplamlar (örneğin «12 ziyaret, 3&apos;ü CAF için») daha uzun saklanır ve sosyal merkezler federasyonuna gönderilir.</translation>
    </message>
    <message>
        <source>Fermer</source>
        <translation>Kapat</translation>
    </message>
    <message>
        <source>Le jour du passage.</source>
        <translation>Ziyaret günü.</translation>
    </message>
    <message>
        <source>L&apos;heure, arrondie (par exemple « entre 9 h et 10 h »).</source>
        <translation>Yuvarlanmış saat (örneğin «9 ile 10 arası»).</translation>
    </message>
    <message>
        <source>Si la personne était seule ou accompagnée par l&apos;équipe.</source>
        <translation>Kişinin yalnız mı yoksa ekiple mi olduğu.</translation>
    </message>
    <message>
        <source>La durée, par tranche (moins de 5 minutes, 5 à 15 minutes… 2 heures et plus).</source>
        <translation>Süre, aralık olarak (5 dakikadan az, 5-15 dakika… 2 saat ve üzeri).</translation>
    </message>
    <message>
        <source>Les services ouverts (Caf, Assurance maladie, impôts…), sans les pages visitées.</source>
        <translation>Açılan hizmetler (CAF, sağlık sigortası, vergiler…), ziyaret edilen sayfalar olmadan.</translation>
    </message>
    <message>
        <source>Le thème de la démarche (logement, santé, papiers…).</source>
        <translation>İşlemin konusu (konut, sağlık, belgeler…).</translation>
    </message>
    <message>
        <source>Le nombre de pages imprimées.</source>
        <translation>Yazdırılan sayfa sayısı.</translation>
    </message>
    <message>
        <source>Le nombre de documents numérisés.</source>
        <translation>Taranan belge sayısı.</translation>
    </message>
    <message>
        <source>Le nombre de documents envoyés sur un site.</source>
        <translation>Bir siteye gönderilen belge sayısı.</translation>
    </message>
    <message>
        <source>Si de l&apos;aide a été demandée.</source>
        <translation>Yardım istendiyse.</translation>
    </message>
    <message>
        <source>La réponse à « Avez-vous pu faire votre démarche ? », si vous répondez.</source>
        <translation>«İşleminizi yapabildiniz mi?» sorusuna yanıtınız, yanıt verirseniz.</translation>
    </message>
    <message>
        <source>Comment le passage s&apos;est terminé (bouton « Terminer », plus personne devant l&apos;écran…).</source>
        <translation>Ziyaretin nasıl bittiği («Bitir» düğmesi, ekranın önünde kimse yok…).</translation>
    </message>
    <message>
        <source>Le rôle de la personne de l&apos;équipe (accueil, bénévole…), jamais son nom.</source>
        <translation>Ekip üyesinin rolü (karşılama, gönüllü…), asla adı değil.</translation>
    </message>
    <message>
        <source>Accès aux droits ou apprentissage du numérique.</source>
        <translation>Haklara erişim ya da dijital öğrenme.</translation>
    </message>
    <message>
        <source>Si la démarche a abouti.</source>
        <translation>İşlem başarılı olduysa.</translation>
    </message>
    <message>
        <source>Si la personne a pu faire seule, un peu, ou pas.</source>
        <translation>Kişinin tek başına yapıp yapamadığı, biraz ya da hiç.</translation>
    </message>
    <message>
        <source>Vers quel type de structure la personne a été orientée.</source>
        <translation>Kişinin ne tür bir kuruma yönlendirildiği.</translation>
    </message>
    <message>
        <source>La tranche d&apos;âge, seulement si la personne veut bien la donner.</source>
        <translation>Yaş aralığı, yalnızca kişi vermek isterse.</translation>
    </message>
    <message>
        <source>La situation (en emploi, à la retraite…), seulement si la personne veut bien la donner.</source>
        <translation>Durum (çalışıyor, emekli…), yalnızca kişi vermek isterse.</translation>
    </message>
    <message>
        <source>Si Aidants Connect a été utilisé.</source>
        <translation>Aidants Connect kullanıldıysa.</translation>
    </message>
    <message>
        <source>La version de la liste nationale des thèmes utilisée pour les compter.</source>
        <translation>Onları saymak için kullanılan ulusal konu listesinin sürümü.</translation>
    </message>
    <message>
        <source>Les adresses des sites et des pages visités.</source>
        <translation>Ziyaret edilen sitelerin ve sayfaların adresleri.</translation>
    </message>
    <message>
        <source>Les titres des pages.</source>
        <translation>Sayfa başlıkları.</translation>
    </message>
    <message>
        <source>Ce que vous tapez : identifiants, mots de passe, formulaires.</source>
        <translation>Yazdıklarınız: kullanıcı adları, şifreler, formlar.</translation>
    </message>
    <message>
        <source>Vos documents, ni leur nom, ni leur contenu.</source>
        <translation>Belgeleriniz: ne adları ne içerikleri.</translation>
    </message>
    <message>
        <source>L&apos;heure exacte de votre passage.</source>
        <translation>Ziyaretinizin tam saati.</translation>
    </message>
    <message>
        <source>La durée exacte de votre passage.</source>
        <translation>Ziyaretinizin tam süresi.</translation>
    </message>
    <message>
        <source>Votre nom, votre adresse, votre numéro de sécurité sociale, ni rien qui permette de vous reconnaître.</source>
        <translation>Adınız, adresiniz, sosyal güvenlik numaranız ya da sizi tanıtabilecek hiçbir şey.</translation>
    </message>
    <message>
        <source>Le nom de la personne de l&apos;équipe qui vous a aidé ou aidée.</source>
        <translation>Size yardım eden ekip üyesinin adı.</translation>
    </message>
    <message>
        <source>Les adresses de connexion à internet (adresses IP).</source>
        <translation>İnternet bağlantı adresleri (IP adresleri).</translation>
    </message>
    <message>
        <source>Les commentaires écrits à la main : il n&apos;y en a pas.</source>
        <translation>Elle yazılmış yorumlar: hiç yok.</translation>
    </message>
</context>
<context>
    <name>flow</name>
    <message>
        <source>Ce que la
borne compte</source>
        <translation>Terminalin
saydıkları</translation>
    </message>
    <message>
        <source>Ce que la borne compte</source>
        <translation>Terminalin saydıkları</translation>
    </message>
</context>
</TS>
