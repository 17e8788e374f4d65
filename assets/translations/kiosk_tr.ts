<?xml version='1.0' encoding='utf-8'?>
<!--
Recovery Hub Kiosk: the visitor screens, the booking slip and the help slip in Turkish (Türkçe).

AWAITING REVIEW BY A NATIVE SPEAKER. These translations were made with care, in plain words,
but no native speaker has checked them yet. When one has, change the translation of the
"review status" message (context "catalogue") to "reviewed by a native speaker"; until then the
desk's Hub settings show Turkish as not reviewed, and a hub lead can switch it off there.
Crisis help: service names and phone numbers are never translated.

Why this language: after English, Polish, Romanian, Lithuanian, Portuguese, Turkish and Urdu are
among the main languages most often recorded for Essex residents in the 2021 Census (Office for
National Statistics, "Main language (detailed)", table TS024). A hub should check this list
against the people it serves.

Make sure every placeholder in braces, like {name}, stays exactly as it is in the English.
"dddd d MMMM" is a Qt date pattern (dddd: day name, d: day, MMMM: month name, 'text': literal).
-->
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
    <context>
        <name>catalogue</name>
        <message>
            <source>review status</source>
            <translation>awaiting review by a native speaker</translation>
        </message>
    </context>
    <context>
        <name />
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Normal text</source>
            <translation>Normal yazı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Larger text</source>
            <translation>Daha büyük yazı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Largest text</source>
            <translation>En büyük yazı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Recovery Hub Kiosk</source>
            <translation>Recovery Hub Kiosk</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <location filename="../../kiosk/views/widgets/long_press.py" />
            <source>Hub logo</source>
            <translation>Merkezin logosu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>Dil: {language}. Başka bir dil seçmek için dokunun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Contrast</source>
            <translation>Kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>High contrast</source>
            <translation>Yüksek kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read aloud</source>
            <translation>Sesli oku</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read this screen aloud</source>
            <translation>Bu ekranı sesli oku</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Start again</source>
            <translation>Baştan başla</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>Help now</source>
            <translation>Hemen yardım</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" />
            <source>dddd d MMMM</source>
            <translation>d MMMM dddd</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Are you still there?</source>
            <translation>Hâlâ orada mısınız?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Yes, I'm still here</source>
            <translation>Evet, buradayım</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>Bilgileriniz gizli kalsın diye ekran {seconds} saniye sonra başa dönecek.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Choose your language</source>
            <translation>Dilinizi seçin</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" />
            <source>Please ask a volunteer for help.</source>
            <translation>Lütfen bir gönüllüden yardım isteyin.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>This kiosk repaired its data</source>
            <translation>Bu kiosk verilerini onardı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>Giriş yapmak ya da yer ayırtmak için geldiyseniz lütfen danışmaya sorun: bir gönüllü hemen yardım edebilir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Continue</source>
            <translation>Devam</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Getting things ready…</source>
            <translation>Hazırlanıyor…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>Üzgünüz, bir sorun oldu. Lütfen tekrar deneyin ya da bir gönüllüye sorun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>Fişiniz yazdırılıyor. Lütfen yazıcıdan alın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The register is printing.</source>
            <translation>Katılım listesi yazdırılıyor.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The fire register is printing.</source>
            <translation>Yangın listesi yazdırılıyor.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>Adınızı {days} gün saklıyoruz, yalnızca gönüllüler kimin geleceğini bilsin diye.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Book a place</source>
            <translation>Yer ayırt</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your first name or a nickname</source>
            <translation>Adınız ya da bir takma ad</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>How many people, including you?</source>
            <translation>Siz dahil kaç kişi?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>people</source>
            <translation>kişi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Book my place</source>
            <translation>Yerimi ayırt</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Join the waiting list</source>
            <translation>Bekleme listesine yazıl</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're booked</source>
            <translation>Yeriniz ayrıldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Your booking reference is</source>
            <translation>Rezervasyon numaranız</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>Bir yere yazın ya da fotoğrafını çekin. Rezervasyonunuzu görmek ya da iptal etmek için gerekir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>QR code of your booking reference</source>
            <translation>Rezervasyon numaranızın QR kodu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Print my slip</source>
            <translation>Fişimi yazdır</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Done</source>
            <translation>Tamam</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're on the waiting list</source>
            <translation>Bekleme listesindesiniz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>Teşekkürler, {name}. Bekleme listesindeki sıranız: {position}. Bir yer boşalırsa size vereceğiz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>Teşekkürler, {name}. Yeriniz ayrıldı. Kişi sayısı: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>Teşekkürler, {name}. Yeriniz ayrıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Check in</source>
            <translation>Giriş yap</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>Buradaki her şey isteğe bağlı. İstediğinizi atlayabilirsiniz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First part of your postcode, like CM1</source>
            <translation>Posta kodunuzun ilk kısmı, örneğin CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Yes, first time</source>
            <translation>Evet, ilk kez</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>I've been before</source>
            <translation>Daha önce geldim</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>family members with you</source>
            <translation>yanınızdaki aile üyesi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First name or nickname</source>
            <translation>Ad ya da takma ad</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Postcode area, like CM1</source>
            <translation>Posta kodu bölgesi, örneğin CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>What brings you in?</source>
            <translation>Sizi buraya ne getirdi?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First time here?</source>
            <translation>İlk kez mi geliyorsunuz?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Family with you</source>
            <translation>Yanınızdaki aile</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>Neden soruyoruz: Destekçilerimize hangi bölgelere ulaştığımızı gösterir. Yalnızca bu ilk kısmı saklıyoruz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me in</source>
            <translation>Girişimi yap</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>You're checked in</source>
            <translation>Girişiniz yapıldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your leaving code</source>
            <translation>Çıkış kodunuz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your number today is</source>
            <translation>Bugünkü numaranız</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>Çıkarken “Çıkıyorum”a dokunun ve bu kodu yazın. Bu kod yalnızca sizde var, bu yüzden sizin yerinize kimse çıkış yapamaz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>Hoş geldiniz, {name}. Sizi görmek güzel.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome. It's good to see you.</source>
            <translation>Hoş geldiniz. Sizi görmek güzel.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>I'm leaving</source>
            <translation>Çıkıyorum</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>Giriş yaparken aldığınız çıkış kodunu yazın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me out</source>
            <translation>Çıkışımı yap</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>Geldiğiniz için teşekkürler. Kendinize iyi bakın, yakında görüşmek üzere.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very bad</source>
            <translation>Çok kötü</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Bad</source>
            <translation>Kötü</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>OK</source>
            <translation>İdare eder</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Good</source>
            <translation>İyi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very good</source>
            <translation>Çok iyi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>Anonim: Yalnızca tarihi, puanınızı ve yazdıklarınızı saklıyoruz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Your feedback</source>
            <translation>Görüşünüz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>How was it?</source>
            <translation>Nasıldı?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} (5 üzerinden {rating})</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>Hangi etkinlikle ilgili? (boş bırakabilirsiniz)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>Bize söylemek istediğiniz bir şey var mı? (en çok {count} karakter)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Your comment</source>
            <translation>Yorumunuz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Send my feedback</source>
            <translation>Görüşümü gönder</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Please tap a face to say how it was.</source>
            <translation>Nasıl olduğunu söylemek için bir yüze dokunun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Thank you for your feedback</source>
            <translation>Görüşünüz için teşekkürler</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>Merkez ekibi her yorumu okur. Bize söylediklerinizin bazılarıyla yaptıklarımız:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>Buraya göz atın: görüşlerinize verdiğimiz yanıtlar burada görünecek.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>Tehlikedeyseniz ya da hemen yardıma ihtiyacınız varsa yalnız değilsiniz. Danışmadaki bir gönüllü aramanıza yardım edebilir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>These phone and text services answer in English.</source>
            <translation>Bu telefon ve mesaj hizmetleri İngilizce yanıt verir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your place is booked.</source>
            <translation>Yeriniz ayrıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You came to this session. Thank you!</source>
            <translation>Bu oturuma katıldınız. Teşekkürler!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This session has happened.</source>
            <translation>Bu oturum yapıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>My booking</source>
            <translation>Rezervasyonum</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>Rezervasyon numaranızı yazın ya da fişinizdeki QR kodunu okuyucuya tutun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking reference</source>
            <translation>Rezervasyon numarası</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Find my booking</source>
            <translation>Rezervasyonumu bul</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Cancel this booking</source>
            <translation>Bu rezervasyonu iptal et</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Yes, cancel it</source>
            <translation>Evet, iptal et</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>No, keep it</source>
            <translation>Hayır, kalsın</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Look up another</source>
            <translation>Başka birine bak</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are number {position} on the waiting list.</source>
            <translation>Bekleme listesindeki sıranız: {position}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This booking is cancelled.</source>
            <translation>Bu rezervasyon iptal edildi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>For {party} people.</source>
            <translation>Kişi sayısı: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking {reference}</source>
            <translation>Rezervasyon {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>Bu rezervasyonu iptal etmek istiyor musunuz? Yeriniz bekleme listesindeki birine verilecek.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>Rezervasyonunuz iptal edildi. Haber verdiğiniz için teşekkürler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Have your say</source>
            <translation>Fikrini söyle</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>Oy vermek için bir yanıta dokunun. Oylar anonimdir: yalnızca tarihi ve yanıtı saklıyoruz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>Şu anda yanıtlanacak soru yok. Baktığınız için teşekkürler!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Thank you for voting.</source>
            <translation>Oy verdiğiniz için teşekkürler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>Sonuçlar en az {count} kişi oy verince görünür; böylece kimsenin yanıtı ayırt edilemez.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 oy</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: {votes} oy</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{votes} votes so far.</source>
            <translation>Şimdiye kadar {votes} oy.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>About this session</source>
            <translation>Bu oturum hakkında</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Where: {place}</source>
            <translation>Nerede: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>to be confirmed</source>
            <translation>daha sonra bildirilecek</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>What to bring: {things}</source>
            <translation>Yanınızda getirin: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Access: {notes}</source>
            <translation>Erişim: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>What's on
&amp; book</source>
            <translation>Etkinlikler
ve rezervasyon</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>Siz dediniz: “{you_said}”
Biz yaptık: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Welcome. What would you like to do?</source>
            <translation>Hoş geldiniz. Ne yapmak istersiniz?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>Bugün başka oturum yok. Haftayı görmek için Etkinlikler'e dokunun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>What's on this week and next</source>
            <translation>Bu hafta ve gelecek hafta neler var</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Everything</source>
            <translation>Hepsi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Next week</source>
            <translation>Gelecek hafta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>Önümüzdeki iki haftada böyle bir etkinlik yok.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>Fewer</source>
            <translation>Daha az</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>More</source>
            <translation>Daha fazla</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>On-screen keyboard</source>
            <translation>Ekran klavyesi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>More letters</source>
            <translation>Daha fazla harf</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Capital letter</source>
            <translation>Büyük harf</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Space</source>
            <translation>Boşluk</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Back to letters</source>
            <translation>Harflere dön</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Clear</source>
            <translation>Temizle</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}, {time}, {place}. {places}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Place to be confirmed</source>
            <translation>Yer daha sonra bildirilecek</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Bring: {things}</source>
            <translation>Getirin: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Sessions</source>
            <translation>Oturumlar</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>A session</source>
            <translation>Bir oturum</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Dropping in</source>
            <translation>Öylesine uğradım</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>To talk to someone</source>
            <translation>Biriyle konuşmak için</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Family support</source>
            <translation>Aile desteği</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>An appointment</source>
            <translation>Bir randevu</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Something else</source>
            <translation>Başka bir şey</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1. We never keep a full postcode.</source>
            <translation>Lütfen posta kodunuzun yalnızca ilk kısmını yazın, örneğin CM1. Posta kodunun tamamını asla saklamayız.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1 or SS14, without the part after the space.</source>
            <translation>Lütfen posta kodunuzun yalnızca ilk kısmını yazın, örneğin CM1 ya da SS14; boşluktan sonraki kısmı yazmayın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>That does not look like the first part of a postcode, like CM1 or SS14.</source>
            <translation>Bu bir posta kodunun ilk kısmına benzemiyor, örneğin CM1 ya da SS14.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/refcode.py" />
            <source>A booking reference has {length} letters and numbers, like {example}. Please check it and try again.</source>
            <translation>Rezervasyon numarası {length} harf ve rakamdan oluşur, örneğin {example}. Lütfen kontrol edip tekrar deneyin.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please use at least one letter in the name.</source>
            <translation>Lütfen adda en az bir harf kullanın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please give a first name or a nickname.</source>
            <translation>Lütfen bir ad ya da takma ad yazın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{start} to {end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{weekday} {day} {month}</source>
            <translation>{day} {month} {weekday}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Today, {date}</source>
            <translation>Bugün, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Tomorrow, {date}</source>
            <translation>Yarın, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled: {reason}</source>
            <translation>İptal edildi: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled</source>
            <translation>İptal edildi</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Full — join the waiting list</source>
            <translation>Dolu — bekleme listesine yazılın</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>1 place left</source>
            <translation>1 yer kaldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{count} places left</source>
            <translation>{count} yer kaldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking {reference} at {hub}</source>
            <translation>Rezervasyon {reference}, {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking slip</source>
            <translation>Rezervasyon fişi</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time: {hub}</source>
            <translation>Her zaman yardım: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Crisis contacts</source>
            <translation>Kriz anında ulaşılacak yerler</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This session is cancelled.</source>
            <translation>Bu oturum iptal edildi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>Bakmak ya da iptal etmek için kioskta Rezervasyonum'a dokunun, sonra bu fişteki kodu okutun ya da numarayı yazın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Questions? Call {phone}</source>
            <translation>Sorunuz mu var? Arayın: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your place is booked</source>
            <translation>Yeriniz ayrıldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are on the waiting list</source>
            <translation>Bekleme listesindesiniz</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>İPTAL: bu rezervasyon iptal edildi</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This booking was not used</source>
            <translation>Bu rezervasyon kullanılmadı</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>Bir yer boşalırsa sıradaki kişiye verilir: kioskta Rezervasyonum'a bakın ya da danışmaya sorun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your booking reference</source>
            <translation>Rezervasyon numaranız</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time</source>
            <translation>Her zaman yardım</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>Yalnız değilsiniz. Bu hizmetler ücretsizdir ve sizi dinler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If someone is in danger now, call 999.</source>
            <translation>Biri şu anda tehlikedeyse 999'u arayın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Call us: {phone}</source>
            <translation>Bizi arayın: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>Yazdırma: {date} {year}, saat {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>A booking is for 1 to {most} people.</source>
            <translation>Bir rezervasyon 1 ile {most} kişi arası içindir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>That session does not exist.</source>
            <translation>Böyle bir oturum yok.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has {capacity} places in all, so a group of {party} cannot book it. Please ask a volunteer.</source>
            <translation>Bu oturumda toplam {capacity} yer var, bu yüzden {party} kişilik bir grup yer ayırtamaz. Lütfen bir gönüllüye sorun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This booking is already cancelled.</source>
            <translation>Bu rezervasyon zaten iptal edildi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already happened, so the booking cannot be cancelled.</source>
            <translation>Bu oturum yapıldı, bu yüzden rezervasyon iptal edilemez.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already finished.</source>
            <translation>Bu oturum bitti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled ({reason}).</source>
            <translation>Üzgünüz, bu oturum iptal edildi ({reason}).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled.</source>
            <translation>Üzgünüz, bu oturum iptal edildi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has already started, so it cannot be booked.</source>
            <translation>Üzgünüz, bu oturum başladı, bu yüzden yer ayırtılamaz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>We could not find a booking with that reference. Please check it and try again.</source>
            <translation>Bu numarayla bir rezervasyon bulamadık. Lütfen kontrol edip tekrar deneyin.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — confirmed when the kiosk reconnects</source>
            <translation>Geçici — kiosk yeniden bağlanınca onaylanacak</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — your place on the waiting list is checked when the kiosk reconnects</source>
            <translation>Geçici — bekleme listesindeki yeriniz kiosk yeniden bağlanınca kontrol edilecek</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>Please choose a rating from 1 to 5.</source>
            <translation>Lütfen 1 ile 5 arasında bir puan seçin.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>That activity does not exist.</source>
            <translation>Böyle bir etkinlik yok.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>This poll has closed. Thank you all the same.</source>
            <translation>Bu oylama sona erdi. Yine de teşekkürler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>That answer is not part of this poll.</source>
            <translation>Bu yanıt bu oylamada yok.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 999</source>
            <translation>999'u arayın</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>111'i arayın ve ruh sağlığı krizi için 2'yi seçin</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 116 123, free, day or night</source>
            <translation>116 123'ü arayın, ücretsiz, gece gündüz</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Text SHOUT to 85258</source>
            <translation>85258'e SHOUT yazıp mesaj gönderin</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 6600</source>
            <translation>0300 123 6600'ü arayın</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 1110</source>
            <translation>0300 123 1110'u arayın</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Family members with you: a number from 0 to {most}.</source>
            <translation>Yanınızdaki aile üyeleri: 0 ile {most} arası bir sayı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That visitor has already checked out.</source>
            <translation>Bu kişinin çıkışı zaten yapıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Too many wrong codes. Please wait {seconds} seconds, or ask a volunteer.</source>
            <translation>Çok fazla yanlış kod girildi. Lütfen {seconds} saniye bekleyin ya da bir gönüllüye sorun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That code is not right, or you have already checked out. Please check the code, or ask a volunteer.</source>
            <translation>Bu kod doğru değil ya da çıkışınız zaten yapıldı. Lütfen kodu kontrol edin ya da bir gönüllüye sorun.</translation>
        </message>
        <message>
            <source>When you leave, tap “I'm leaving” and type this number.</source>
            <translation type="vanished">Çıkarken “Çıkıyorum”a dokunun ve bu numarayı yazın.</translation>
        </message>
        <message>
            <source>Type the number you were given when you checked in.</source>
            <translation type="vanished">Giriş yaparken aldığınız numarayı yazın.</translation>
        </message>
        <message>
            <source>Your number today</source>
            <translation type="vanished">Bugünkü numaranız</translation>
        </message>
        <message>
            <source>Please type your number, like 27.</source>
            <translation type="vanished">Lütfen numaranızı yazın, örneğin 27.</translation>
        </message>
        <message>
            <source>Nobody with number {number} is checked in today. Please check the number, or ask a volunteer.</source>
            <translation type="vanished">Bugün {number} numaralı kimse giriş yapmadı. Lütfen numarayı kontrol edin ya da bir gönüllüye sorun.</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">Üzgünüz, belge hazırlanamadı. Lütfen bir gönüllüye sorun.</translation>
        </message>
    </context>
</TS>
