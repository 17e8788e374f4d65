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
            <location filename="../../kiosk/views/chrome.py" line="14" />
            <source>Normal text</source>
            <translation>Normal yazı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="14" />
            <source>Larger text</source>
            <translation>Daha büyük yazı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="15" />
            <source>Largest text</source>
            <translation>En büyük yazı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="39" />
            <source>Recovery Hub Kiosk</source>
            <translation>Recovery Hub Kiosk</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="64" />
            <location filename="../../kiosk/views/widgets/long_press.py" line="14" />
            <source>Hub logo</source>
            <translation>Merkezin logosu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="67" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>Dil: {language}. Başka bir dil seçmek için dokunun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="71" />
            <source>Contrast</source>
            <translation>Kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="72" />
            <source>High contrast</source>
            <translation>Yüksek kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="73" />
            <source>Read aloud</source>
            <translation>Sesli oku</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="74" />
            <source>Read this screen aloud</source>
            <translation>Bu ekranı sesli oku</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="106" />
            <source>Back</source>
            <translation>Geri</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="106" />
            <source>Start again</source>
            <translation>Baştan başla</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="106" />
            <location filename="../../kiosk/views/visitor/help_now.py" line="13" />
            <source>Help now</source>
            <translation>Hemen yardım</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" line="20" />
            <source>dddd d MMMM</source>
            <translation>d MMMM dddd</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" line="89" />
            <location filename="../../kiosk/views/idle.py" line="90" />
            <source>Are you still there?</source>
            <translation>Hâlâ orada mısınız?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" line="91" />
            <source>Yes, I'm still here</source>
            <translation>Evet, buradayım</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" line="108" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>Bilgileriniz gizli kalsın diye ekran {seconds} saniye sonra başa dönecek.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" line="38" />
            <source>Choose your language</source>
            <translation>Dilinizi seçin</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" line="39" />
            <location filename="../../kiosk/views/language_chooser.py" line="40" />
            <source>Close</source>
            <translation>Kapat</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" line="315" />
            <source>Please ask a volunteer for help.</source>
            <translation>Lütfen bir gönüllüden yardım isteyin.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="19" />
            <source>This kiosk repaired its data</source>
            <translation>Bu kiosk verilerini onardı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="24" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>Giriş yapmak ya da yer ayırtmak için geldiyseniz lütfen danışmaya sorun: bir gönüllü hemen yardım edebilir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="27" />
            <source>Continue</source>
            <translation>Devam</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="48" />
            <source>Getting things ready…</source>
            <translation>Hazırlanıyor…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" line="15" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>Üzgünüz, bir sorun oldu. Lütfen tekrar deneyin ya da bir gönüllüye sorun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" line="43" />
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" line="84" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>Fişiniz yazdırılıyor. Lütfen yazıcıdan alın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" line="89" />
            <source>The register is printing.</source>
            <translation>Katılım listesi yazdırılıyor.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" line="94" />
            <source>The fire register is printing.</source>
            <translation>Yangın listesi yazdırılıyor.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="22" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>Adınızı {days} gün saklıyoruz, yalnızca gönüllüler kimin geleceğini bilsin diye.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="27" />
            <location filename="../../kiosk/views/visitor/book.py" line="62" />
            <location filename="../../kiosk/views/visitor/session_detail.py" line="30" />
            <location filename="../../kiosk/views/visitor/session_detail.py" line="63" />
            <source>Book a place</source>
            <translation>Yer ayırt</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="33" />
            <location filename="../../kiosk/views/visitor/book.py" line="36" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="32" />
            <source>Your first name or a nickname</source>
            <translation>Adınız ya da bir takma ad</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="39" />
            <source>How many people, including you?</source>
            <translation>Siz dahil kaç kişi?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="40" />
            <source>people</source>
            <translation>kişi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="49" />
            <location filename="../../kiosk/views/visitor/book.py" line="66" />
            <source>Book my place</source>
            <translation>Yerimi ayırt</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="62" />
            <location filename="../../kiosk/views/visitor/book.py" line="66" />
            <location filename="../../kiosk/views/visitor/session_detail.py" line="63" />
            <source>Join the waiting list</source>
            <translation>Bekleme listesine yazıl</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="90" />
            <location filename="../../kiosk/views/visitor/book.py" line="143" />
            <source>You're booked</source>
            <translation>Yeriniz ayrıldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="111" />
            <source>Your booking reference is</source>
            <translation>Rezervasyon numaranız</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="116" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>Bir yere yazın ya da fotoğrafını çekin. Rezervasyonunuzu görmek ya da iptal etmek için gerekir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="120" />
            <source>QR code of your booking reference</source>
            <translation>Rezervasyon numaranızın QR kodu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="124" />
            <source>Print my slip</source>
            <translation>Fişimi yazdır</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="126" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="102" />
            <location filename="../../kiosk/views/visitor/feedback.py" line="116" />
            <source>Done</source>
            <translation>Tamam</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="138" />
            <source>You're on the waiting list</source>
            <translation>Bekleme listesindesiniz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="139" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>Teşekkürler, {name}. Bekleme listesindeki sıranız: {position}. Bir yer boşalırsa size vereceğiz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="144" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>Teşekkürler, {name}. Yeriniz ayrıldı. Kişi sayısı: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="145" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>Teşekkürler, {name}. Yeriniz ayrıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="23" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="13" />
            <source>Check in</source>
            <translation>Giriş yap</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="27" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>Buradaki her şey isteğe bağlı. İstediğinizi atlayabilirsiniz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="33" />
            <source>First part of your postcode, like CM1</source>
            <translation>Posta kodunuzun ilk kısmı, örneğin CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="35" />
            <source>Yes, first time</source>
            <translation>Evet, ilk kez</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="35" />
            <source>I've been before</source>
            <translation>Daha önce geldim</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="36" />
            <source>family members with you</source>
            <translation>yanınızdaki aile üyesi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="37" />
            <source>First name or nickname</source>
            <translation>Ad ya da takma ad</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="37" />
            <source>Postcode area, like CM1</source>
            <translation>Posta kodu bölgesi, örneğin CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="38" />
            <source>What brings you in?</source>
            <translation>Sizi buraya ne getirdi?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="38" />
            <source>First time here?</source>
            <translation>İlk kez mi geliyorsunuz?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="39" />
            <source>Family with you</source>
            <translation>Yanınızdaki aile</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="43" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>Neden soruyoruz: Destekçilerimize hangi bölgelere ulaştığımızı gösterir. Yalnızca bu ilk kısmı saklıyoruz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="52" />
            <source>Check me in</source>
            <translation>Girişimi yap</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="87" />
            <source>You're checked in</source>
            <translation>Girişiniz yapıldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="93" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="97" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="131" />
            <source>Your leaving code</source>
            <translation>Çıkış kodunuz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="95" />
            <source>Your number today is</source>
            <translation>Bugünkü numaranız</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="99" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>Çıkarken “Çıkıyorum”a dokunun ve bu kodu yazın. Bu kod yalnızca sizde var, bu yüzden sizin yerinize kimse çıkış yapamaz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="109" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>Hoş geldiniz, {name}. Sizi görmek güzel.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="110" />
            <source>Welcome. It's good to see you.</source>
            <translation>Hoş geldiniz. Sizi görmek güzel.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="125" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="18" />
            <source>I'm leaving</source>
            <translation>Çıkıyorum</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="128" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>Giriş yaparken aldığınız çıkış kodunu yazın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="138" />
            <source>Check me out</source>
            <translation>Çıkışımı yap</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="154" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>Geldiğiniz için teşekkürler. Kendinize iyi bakın, yakında görüşmek üzere.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
            <source>Very bad</source>
            <translation>Çok kötü</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
            <source>Bad</source>
            <translation>Kötü</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
            <source>OK</source>
            <translation>İdare eder</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="17" />
            <source>Good</source>
            <translation>İyi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="17" />
            <source>Very good</source>
            <translation>Çok iyi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="18" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>Anonim: Yalnızca tarihi, puanınızı ve yazdıklarınızı saklıyoruz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="23" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="16" />
            <source>Your feedback</source>
            <translation>Görüşünüz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="28" />
            <source>How was it?</source>
            <translation>Nasıldı?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="35" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} (5 üzerinden {rating})</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="47" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>Hangi etkinlikle ilgili? (boş bırakabilirsiniz)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="51" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>Bize söylemek istediğiniz bir şey var mı? (en çok {count} karakter)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="54" />
            <source>Your comment</source>
            <translation>Yorumunuz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="61" />
            <source>Send my feedback</source>
            <translation>Görüşümü gönder</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="87" />
            <source>Please tap a face to say how it was.</source>
            <translation>Nasıl olduğunu söylemek için bir yüze dokunun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="108" />
            <source>Thank you for your feedback</source>
            <translation>Görüşünüz için teşekkürler</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="111" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>Merkez ekibi her yorumu okur. Bize söylediklerinizin bazılarıyla yaptıklarımız:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="123" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>Buraya göz atın: görüşlerinize verdiğimiz yanıtlar burada görünecek.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" line="16" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>Tehlikedeyseniz ya da hemen yardıma ihtiyacınız varsa yalnız değilsiniz. Danışmadaki bir gönüllü aramanıza yardım edebilir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" line="18" />
            <location filename="../../kiosk/printing/slips.py" line="29" />
            <source>These phone and text services answer in English.</source>
            <translation>Bu telefon ve mesaj hizmetleri İngilizce yanıt verir.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="16" />
            <source>Your place is booked.</source>
            <translation>Yeriniz ayrıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="17" />
            <location filename="../../kiosk/printing/slips.py" line="131" />
            <source>You came to this session. Thank you!</source>
            <translation>Bu oturuma katıldınız. Teşekkürler!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="18" />
            <source>This session has happened.</source>
            <translation>Bu oturum yapıldı.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="24" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="15" />
            <source>My booking</source>
            <translation>Rezervasyonum</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="32" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>Rezervasyon numaranızı yazın ya da fişinizdeki QR kodunu okuyucuya tutun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="36" />
            <source>Booking reference</source>
            <translation>Rezervasyon numarası</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="44" />
            <source>Find my booking</source>
            <translation>Rezervasyonumu bul</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="57" />
            <source>Cancel this booking</source>
            <translation>Bu rezervasyonu iptal et</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="59" />
            <source>Yes, cancel it</source>
            <translation>Evet, iptal et</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="61" />
            <source>No, keep it</source>
            <translation>Hayır, kalsın</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="63" />
            <source>Look up another</source>
            <translation>Başka birine bak</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="100" />
            <location filename="../../kiosk/printing/slips.py" line="145" />
            <source>You are number {position} on the waiting list.</source>
            <translation>Bekleme listesindeki sıranız: {position}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="102" />
            <source>This booking is cancelled.</source>
            <translation>Bu rezervasyon iptal edildi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="105" />
            <location filename="../../kiosk/printing/slips.py" line="108" />
            <source>For {party} people.</source>
            <translation>Kişi sayısı: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="109" />
            <source>Booking {reference}</source>
            <translation>Rezervasyon {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="114" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>Bu rezervasyonu iptal etmek istiyor musunuz? Yeriniz bekleme listesindeki birine verilecek.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="122" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>Rezervasyonunuz iptal edildi. Haber verdiğiniz için teşekkürler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="14" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="17" />
            <source>Have your say</source>
            <translation>Fikrini söyle</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="17" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>Oy vermek için bir yanıta dokunun. Oylar anonimdir: yalnızca tarihi ve yanıtı saklıyoruz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="30" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>Şu anda yanıtlanacak soru yok. Baktığınız için teşekkürler!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="43" />
            <source>Thank you for voting.</source>
            <translation>Oy verdiğiniz için teşekkürler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="68" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>Sonuçlar en az {count} kişi oy verince görünür; böylece kimsenin yanıtı ayırt edilemez.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="70" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 oy</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="70" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: {votes} oy</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="72" />
            <source>{votes} votes so far.</source>
            <translation>Şimdiye kadar {votes} oy.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="16" />
            <source>About this session</source>
            <translation>Bu oturum hakkında</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="54" />
            <source>Where: {place}</source>
            <translation>Nerede: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="54" />
            <source>to be confirmed</source>
            <translation>daha sonra bildirilecek</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="57" />
            <location filename="../../kiosk/printing/slips.py" line="113" />
            <source>What to bring: {things}</source>
            <translation>Yanınızda getirin: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="59" />
            <source>Access: {notes}</source>
            <translation>Erişim: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="14" />
            <source>What's on
&amp; book</source>
            <translation>Etkinlikler
ve rezervasyon</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="24" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>Siz dediniz: “{you_said}”
Biz yaptık: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="29" />
            <source>Welcome. What would you like to do?</source>
            <translation>Hoş geldiniz. Ne yapmak istersiniz?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="43" />
            <source>Today</source>
            <translation>Bugün</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="66" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>Bugün başka oturum yok. Haftayı görmek için Etkinlikler'e dokunun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="20" />
            <source>What's on this week and next</source>
            <translation>Bu hafta ve gelecek hafta neler var</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="41" />
            <source>Everything</source>
            <translation>Hepsi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="54" />
            <location filename="../../kiosk/views/widgets/session_list.py" line="100" />
            <source>Next week</source>
            <translation>Gelecek hafta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="60" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>Önümüzdeki iki haftada böyle bir etkinlik yok.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" line="89" />
            <source>Fewer</source>
            <translation>Daha az</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" line="89" />
            <source>More</source>
            <translation>Daha fazla</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="22" />
            <source>On-screen keyboard</source>
            <translation>Ekran klavyesi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="34" />
            <location filename="../../kiosk/views/widgets/keyboard.py" line="64" />
            <source>More letters</source>
            <translation>Daha fazla harf</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="35" />
            <source>Capital letter</source>
            <translation>Büyük harf</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="36" />
            <source>Space</source>
            <translation>Boşluk</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="37" />
            <location filename="../../kiosk/views/widgets/keypad.py" line="30" />
            <location filename="../../kiosk/views/widgets/keypad.py" line="30" />
            <source>Delete</source>
            <translation>Sil</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="63" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="64" />
            <source>Back to letters</source>
            <translation>Harflere dön</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" line="31" />
            <source>Clear</source>
            <translation>Temizle</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="67" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}, {time}, {place}. {places}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="69" />
            <location filename="../../kiosk/views/widgets/session_list.py" line="129" />
            <source>Place to be confirmed</source>
            <translation>Yer daha sonra bildirilecek</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="131" />
            <source>Bring: {things}</source>
            <translation>Getirin: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="151" />
            <source>Sessions</source>
            <translation>Oturumlar</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="51" />
            <source>A session</source>
            <translation>Bir oturum</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="52" />
            <source>Dropping in</source>
            <translation>Öylesine uğradım</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="53" />
            <source>To talk to someone</source>
            <translation>Biriyle konuşmak için</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="54" />
            <source>Family support</source>
            <translation>Aile desteği</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="55" />
            <source>An appointment</source>
            <translation>Bir randevu</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="56" />
            <source>Something else</source>
            <translation>Başka bir şey</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="26" />
            <source>{start} to {end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="34" />
            <source>{weekday} {day} {month}</source>
            <translation>{day} {month} {weekday}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="37" />
            <source>Today, {date}</source>
            <translation>Bugün, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="39" />
            <source>Tomorrow, {date}</source>
            <translation>Yarın, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="56" />
            <source>Cancelled: {reason}</source>
            <translation>İptal edildi: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="57" />
            <source>Cancelled</source>
            <translation>İptal edildi</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="60" />
            <source>Full — join the waiting list</source>
            <translation>Dolu — bekleme listesine yazılın</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="62" />
            <source>1 place left</source>
            <translation>1 yer kaldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="63" />
            <source>{count} places left</source>
            <translation>{count} yer kaldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="44" />
            <source>Booking {reference} at {hub}</source>
            <translation>Rezervasyon {reference}, {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="46" />
            <source>Booking slip</source>
            <translation>Rezervasyon fişi</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="54" />
            <source>Help, any time: {hub}</source>
            <translation>Her zaman yardım: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="55" />
            <source>Crisis contacts</source>
            <translation>Kriz anında ulaşılacak yerler</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="106" />
            <source>This session is cancelled.</source>
            <translation>Bu oturum iptal edildi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="116" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>Bakmak ya da iptal etmek için kioskta Rezervasyonum'a dokunun, sonra bu fişteki kodu okutun ya da numarayı yazın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="119" />
            <source>Questions? Call {phone}</source>
            <translation>Sorunuz mu var? Arayın: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="127" />
            <source>Your place is booked</source>
            <translation>Yeriniz ayrıldı</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="128" />
            <source>You are on the waiting list</source>
            <translation>Bekleme listesindesiniz</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="130" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>İPTAL: bu rezervasyon iptal edildi</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="132" />
            <source>This booking was not used</source>
            <translation>Bu rezervasyon kullanılmadı</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="141" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>Bir yer boşalırsa sıradaki kişiye verilir: kioskta Rezervasyonum'a bakın ya da danışmaya sorun.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="151" />
            <source>Your booking reference</source>
            <translation>Rezervasyon numaranız</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="174" />
            <source>Help, any time</source>
            <translation>Her zaman yardım</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="175" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>Yalnız değilsiniz. Bu hizmetler ücretsizdir ve sizi dinler.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="185" />
            <source>If someone is in danger now, call 999.</source>
            <translation>Biri şu anda tehlikedeyse 999'u arayın.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="189" />
            <source>Call us: {phone}</source>
            <translation>Bizi arayın: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="200" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>Yazdırma: {date} {year}, saat {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="18" />
            <source>Call 999</source>
            <translation>999'u arayın</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="19" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>111'i arayın ve ruh sağlığı krizi için 2'yi seçin</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="20" />
            <source>Call 116 123, free, day or night</source>
            <translation>116 123'ü arayın, ücretsiz, gece gündüz</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="21" />
            <source>Text SHOUT to 85258</source>
            <translation>85258'e SHOUT yazıp mesaj gönderin</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="22" />
            <source>Call 0300 123 6600</source>
            <translation>0300 123 6600'ü arayın</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="23" />
            <source>Call 0300 123 1110</source>
            <translation>0300 123 1110'u arayın</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">Üzgünüz, belge hazırlanamadı. Lütfen bir gönüllüye sorun.</translation>
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
    </context>
</TS>
