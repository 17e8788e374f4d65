<?xml version='1.0' encoding='utf-8'?>
<!--
Recovery Hub Kiosk: the visitor screens, the booking slip and the help slip in Lithuanian (Lietuvių).

AWAITING REVIEW BY A NATIVE SPEAKER. These translations were made with care, in plain words,
but no native speaker has checked them yet. When one has, change the translation of the
"review status" message (context "catalogue") to "reviewed by a native speaker"; until then the
desk's Hub settings show Lithuanian as not reviewed, and a hub lead can switch it off there.
Crisis help: service names and phone numbers are never translated.

Why this language: after English, Polish, Romanian, Lithuanian, Portuguese, Turkish and Urdu are
among the main languages most often recorded for Essex residents in the 2021 Census (Office for
National Statistics, "Main language (detailed)", table TS024). A hub should check this list
against the people it serves.

Make sure every placeholder in braces, like {name}, stays exactly as it is in the English.
"dddd d MMMM" is a Qt date pattern (dddd: day name, d: day, MMMM: month name, 'text': literal).
-->
<!DOCTYPE TS>
<TS version="2.1" language="lt_LT">
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
            <translation>Įprastas tekstas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Larger text</source>
            <translation>Didesnis tekstas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Largest text</source>
            <translation>Didžiausias tekstas</translation>
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
            <translation>Centro logotipas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>Kalba: {language}. Palieskite, kad pasirinktumėte kitą.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Contrast</source>
            <translation>Kontrastas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>High contrast</source>
            <translation>Didelis kontrastas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read aloud</source>
            <translation>Skaityti garsiai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read this screen aloud</source>
            <translation>Perskaityti šį ekraną garsiai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Back</source>
            <translation>Atgal</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Start again</source>
            <translation>Pradėti iš naujo</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>Help now</source>
            <translation>Pagalba dabar</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" />
            <source>dddd d MMMM</source>
            <translation>MMMM d 'd'., dddd</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Are you still there?</source>
            <translation>Ar jūs dar čia?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Yes, I'm still here</source>
            <translation>Taip, aš čia</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>Kad jūsų duomenys liktų privatūs, ekranas grįš į pradžią po {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Choose your language</source>
            <translation>Pasirinkite kalbą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Close</source>
            <translation>Uždaryti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" />
            <source>Please ask a volunteer for help.</source>
            <translation>Paprašykite savanorio pagalbos.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>This kiosk repaired its data</source>
            <translation>Šis kioskas sutaisė savo duomenis</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>Jei atėjote užsiregistruoti ar užsisakyti vietą, kreipkitės į registratūrą: savanoris jums padės dabar.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Continue</source>
            <translation>Tęsti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Getting things ready…</source>
            <translation>Ruošiamės…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>Atsiprašome, kažkas nepavyko. Bandykite dar kartą arba kreipkitės į savanorį.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Message</source>
            <translation>Pranešimas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>Jūsų lapelis spausdinamas. Pasiimkite jį iš spausdintuvo.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The register is printing.</source>
            <translation>Dalyvių sąrašas spausdinamas.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The fire register is printing.</source>
            <translation>Evakuacijos sąrašas spausdinamas.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>Jūsų vardą saugome {days} dienų, tik kad savanoriai žinotų, kas ateis.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Book a place</source>
            <translation>Užsisakyti vietą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your first name or a nickname</source>
            <translation>Jūsų vardas arba slapyvardis</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>How many people, including you?</source>
            <translation>Kiek žmonių, įskaitant jus?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>people</source>
            <translation>žm.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Book my place</source>
            <translation>Užsakyti man vietą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Join the waiting list</source>
            <translation>Įrašyti į laukiančiųjų sąrašą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're booked</source>
            <translation>Vieta užsakyta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Your booking reference is</source>
            <translation>Jūsų užsakymo numeris</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>Užsirašykite jį arba nufotografuokite. Jo reikės norint peržiūrėti ar atšaukti užsakymą.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>QR code of your booking reference</source>
            <translation>Jūsų užsakymo numerio QR kodas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Print my slip</source>
            <translation>Atspausdinti lapelį</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Done</source>
            <translation>Baigta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're on the waiting list</source>
            <translation>Jūs laukiančiųjų sąraše</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>Ačiū, {name}. Jūsų numeris laukiančiųjų sąraše: {position}. Jei vieta atsilaisvins, ją gausite.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>Ačiū, {name}. Vieta užsakyta. Žmonių skaičius: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>Ačiū, {name}. Jūsų vieta užsakyta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Check in</source>
            <translation>Užsiregistruoti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>Viskas čia neprivaloma. Galite bet ką praleisti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First part of your postcode, like CM1</source>
            <translation>Pirmoji pašto kodo dalis, pvz., CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Yes, first time</source>
            <translation>Taip, pirmą kartą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>I've been before</source>
            <translation>Jau buvau anksčiau</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>family members with you</source>
            <translation>šeimos narių su jumis</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First name or nickname</source>
            <translation>Vardas arba slapyvardis</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Postcode area, like CM1</source>
            <translation>Pašto kodo sritis, pvz., CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>What brings you in?</source>
            <translation>Kas jus atvedė?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First time here?</source>
            <translation>Pirmą kartą čia?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Family with you</source>
            <translation>Šeima su jumis</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>Kodėl klausiame: tai rodo rėmėjams, kokias vietoves pasiekiame. Saugome tik šią pirmąją dalį.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me in</source>
            <translation>Užregistruoti mane</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>You're checked in</source>
            <translation>Jūs užsiregistravote</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your leaving code</source>
            <translation>Jūsų išėjimo kodas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your number today is</source>
            <translation>Jūsų šiandienos numeris</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>Kai išeisite, palieskite „Išeinu“ ir įveskite šį kodą. Jį turite tik jūs, todėl niekas kitas negali jūsų išregistruoti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>Sveiki, {name}. Malonu jus matyti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome. It's good to see you.</source>
            <translation>Sveiki. Malonu jus matyti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>I'm leaving</source>
            <translation>Išeinu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>Įveskite išėjimo kodą, kurį gavote registruodamiesi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me out</source>
            <translation>Pažymėti išėjimą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>Ačiū, kad atėjote. Saugokite save ir iki greito.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very bad</source>
            <translation>Labai blogai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Bad</source>
            <translation>Blogai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>OK</source>
            <translation>Normaliai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Good</source>
            <translation>Gerai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very good</source>
            <translation>Labai gerai</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>Anonimiškai: saugome tik datą, jūsų įvertinimą ir žodžius.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Your feedback</source>
            <translation>Jūsų atsiliepimas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>How was it?</source>
            <translation>Kaip buvo?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} ({rating} iš 5)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>Apie kokią veiklą? (galite praleisti)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>Norite mums ką nors pasakyti? (iki {count} simbolių)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Your comment</source>
            <translation>Jūsų komentaras</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Send my feedback</source>
            <translation>Siųsti atsiliepimą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Please tap a face to say how it was.</source>
            <translation>Palieskite veidelį ir parodykite, kaip buvo.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Thank you for your feedback</source>
            <translation>Ačiū už atsiliepimą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>Centro komanda perskaito kiekvieną komentarą. Štai ką padarėme pagal kai kuriuos jūsų žodžius:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>Užsukite čia: atsakymai į jūsų atsiliepimus pasirodys šioje vietoje.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>Jei jums gresia pavojus ar pagalbos reikia dabar, jūs ne vieni. Savanoris registratūroje padės paskambinti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>These phone and text services answer in English.</source>
            <translation>Šios telefono ir žinučių paslaugos atsako angliškai.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your place is booked.</source>
            <translation>Jūsų vieta užsakyta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You came to this session. Thank you!</source>
            <translation>Jūs dalyvavote šiame užsiėmime. Ačiū!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This session has happened.</source>
            <translation>Šis užsiėmimas jau įvyko.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>My booking</source>
            <translation>Mano užsakymas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>Įveskite užsakymo numerį arba priglauskite lapelio QR kodą prie skaitytuvo.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking reference</source>
            <translation>Užsakymo numeris</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Find my booking</source>
            <translation>Rasti mano užsakymą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Cancel this booking</source>
            <translation>Atšaukti šį užsakymą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Yes, cancel it</source>
            <translation>Taip, atšaukti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>No, keep it</source>
            <translation>Ne, palikti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Look up another</source>
            <translation>Ieškoti kito</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are number {position} on the waiting list.</source>
            <translation>Jūsų numeris laukiančiųjų sąraše: {position}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This booking is cancelled.</source>
            <translation>Šis užsakymas atšauktas.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>For {party} people.</source>
            <translation>Žmonių skaičius: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking {reference}</source>
            <translation>Užsakymas {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>Ar norite atšaukti šį užsakymą? Jūsų vietą gaus kas nors iš laukiančiųjų sąrašo.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>Jūsų užsakymas atšauktas. Ačiū, kad pranešėte.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Have your say</source>
            <translation>Išsakykite nuomonę</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>Palieskite atsakymą, kad balsuotumėte. Balsai anonimiški: saugome tik datą ir atsakymą.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>Šiuo metu klausimų nėra. Ačiū, kad užsukote!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Thank you for voting.</source>
            <translation>Ačiū, kad balsavote.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>Rezultatai bus rodomi, kai balsuos bent {count} žmonės, kad niekieno atsakymo nebūtų galima atpažinti.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 balsas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: balsų {votes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{votes} votes so far.</source>
            <translation>Iki šiol balsų: {votes}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>About this session</source>
            <translation>Apie šį užsiėmimą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Where: {place}</source>
            <translation>Kur: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>to be confirmed</source>
            <translation>bus patvirtinta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>What to bring: {things}</source>
            <translation>Ką atsinešti: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Access: {notes}</source>
            <translation>Prieinamumas: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>What's on
&amp; book</source>
            <translation>Renginiai
ir užsakymas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>Jūs sakėte: „{you_said}“
Mes padarėme: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Welcome. What would you like to do?</source>
            <translation>Sveiki. Ką norėtumėte daryti?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Today</source>
            <translation>Šiandien</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>Šiandien užsiėmimų daugiau nėra. Palieskite „Renginiai“, kad pamatytumėte savaitę.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>What's on this week and next</source>
            <translation>Renginiai šią ir kitą savaitę</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Everything</source>
            <translation>Viskas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Next week</source>
            <translation>Kitą savaitę</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>Per artimiausias dvi savaites tokių užsiėmimų nėra.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>Fewer</source>
            <translation>Mažiau</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>More</source>
            <translation>Daugiau</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>On-screen keyboard</source>
            <translation>Ekrano klaviatūra</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>More letters</source>
            <translation>Daugiau raidžių</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Capital letter</source>
            <translation>Didžioji raidė</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Space</source>
            <translation>Tarpas</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Delete</source>
            <translation>Trinti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Back to letters</source>
            <translation>Atgal į raides</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Clear</source>
            <translation>Išvalyti</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}, {time}, {place}. {places}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Place to be confirmed</source>
            <translation>Vieta bus patvirtinta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Bring: {things}</source>
            <translation>Atsineškite: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Sessions</source>
            <translation>Užsiėmimai</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>A session</source>
            <translation>Užsiėmimas</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Dropping in</source>
            <translation>Tiesiog užsukau</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>To talk to someone</source>
            <translation>Norėčiau pasikalbėti</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Family support</source>
            <translation>Pagalba šeimai</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>An appointment</source>
            <translation>Sutartas vizitas</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Something else</source>
            <translation>Kita</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1. We never keep a full postcode.</source>
            <translation>Įveskite tik pirmąją pašto kodo dalį, pvz., CM1. Viso pašto kodo niekada nesaugome.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1 or SS14, without the part after the space.</source>
            <translation>Įveskite tik pirmąją pašto kodo dalį, pvz., CM1 arba SS14, be dalies po tarpo.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>That does not look like the first part of a postcode, like CM1 or SS14.</source>
            <translation>Tai nepanašu į pirmąją pašto kodo dalį, pvz., CM1 arba SS14.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/refcode.py" />
            <source>A booking reference has {length} letters and numbers, like {example}. Please check it and try again.</source>
            <translation>Užsakymo numerį sudaro {length} raidės ir skaitmenys, pvz., {example}. Patikrinkite ir bandykite dar kartą.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please use at least one letter in the name.</source>
            <translation>Varde turi būti bent viena raidė.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please give a first name or a nickname.</source>
            <translation>Įveskite vardą arba slapyvardį.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{start} to {end}</source>
            <translation>{start}–{end}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{weekday} {day} {month}</source>
            <translation>{weekday} {day} {month}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Today, {date}</source>
            <translation>Šiandien, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Tomorrow, {date}</source>
            <translation>Rytoj, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled: {reason}</source>
            <translation>Atšaukta: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled</source>
            <translation>Atšaukta</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Full — join the waiting list</source>
            <translation>Vietų nėra — įsirašykite į laukiančiųjų sąrašą</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>1 place left</source>
            <translation>Liko 1 vieta</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{count} places left</source>
            <translation>Laisvų vietų: {count}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking {reference} at {hub}</source>
            <translation>Užsakymas {reference}, {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking slip</source>
            <translation>Užsakymo lapelis</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time: {hub}</source>
            <translation>Pagalba bet kuriuo metu: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Crisis contacts</source>
            <translation>Pagalba krizės atveju</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This session is cancelled.</source>
            <translation>Šis užsiėmimas atšauktas.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>Norėdami patikrinti ar atšaukti, kioske palieskite „Mano užsakymas“, tada nuskenuokite šio lapelio kodą arba įveskite numerį.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Questions? Call {phone}</source>
            <translation>Klausimai? Skambinkite {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your place is booked</source>
            <translation>Jūsų vieta užsakyta</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are on the waiting list</source>
            <translation>Jūs laukiančiųjų sąraše</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>ATŠAUKTA: šis užsakymas atšauktas</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This booking was not used</source>
            <translation>Šis užsakymas nebuvo panaudotas</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>Jei vieta atsilaisvins, ją gaus kitas laukiantysis: pasitikrinkite kiosko skiltyje „Mano užsakymas“ arba paklauskite registratūroje.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your booking reference</source>
            <translation>Jūsų užsakymo numeris</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time</source>
            <translation>Pagalba bet kuriuo metu</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>Jūs ne vieni. Šios paslaugos nemokamos, jose jus išklausys.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If someone is in danger now, call 999.</source>
            <translation>Jei kam nors dabar gresia pavojus, skambinkite 999.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Call us: {phone}</source>
            <translation>Skambinkite mums: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>Atspausdinta {year} m. {date}, {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>A booking is for 1 to {most} people.</source>
            <translation>Užsakyti galima nuo 1 iki {most} žmonių.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>That session does not exist.</source>
            <translation>Tokio užsiėmimo nėra.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has {capacity} places in all, so a group of {party} cannot book it. Please ask a volunteer.</source>
            <translation>Šiame užsiėmime iš viso vietų: {capacity}, todėl grupė, kurioje žmonių: {party}, negali užsisakyti. Kreipkitės į savanorį.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This booking is already cancelled.</source>
            <translation>Šis užsakymas jau atšauktas.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already happened, so the booking cannot be cancelled.</source>
            <translation>Šis užsiėmimas jau įvyko, todėl užsakymo atšaukti negalima.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already finished.</source>
            <translation>Šis užsiėmimas jau baigėsi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled ({reason}).</source>
            <translation>Atsiprašome, šis užsiėmimas atšauktas ({reason}).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled.</source>
            <translation>Atsiprašome, šis užsiėmimas atšauktas.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has already started, so it cannot be booked.</source>
            <translation>Atsiprašome, šis užsiėmimas jau prasidėjo, todėl jo užsisakyti negalima.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>We could not find a booking with that reference. Please check it and try again.</source>
            <translation>Užsakymo su tokiu numeriu neradome. Patikrinkite jį ir bandykite dar kartą.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — confirmed when the kiosk reconnects</source>
            <translation>Preliminariai — bus patvirtinta, kai kioskas vėl prisijungs</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — your place on the waiting list is checked when the kiosk reconnects</source>
            <translation>Preliminariai — jūsų vieta laukiančiųjų sąraše bus patikrinta, kai kioskas vėl prisijungs</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>Please choose a rating from 1 to 5.</source>
            <translation>Pasirinkite įvertinimą nuo 1 iki 5.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>That activity does not exist.</source>
            <translation>Tokios veiklos nėra.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>This poll has closed. Thank you all the same.</source>
            <translation>Šis balsavimas baigėsi. Vis tiek ačiū.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>That answer is not part of this poll.</source>
            <translation>Šio atsakymo šiame balsavime nėra.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 999</source>
            <translation>Skambinkite 999</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>Skambinkite 111 ir psichikos sveikatos krizės atveju pasirinkite 2</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 116 123, free, day or night</source>
            <translation>Skambinkite 116 123, nemokamai, dieną ir naktį</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Text SHOUT to 85258</source>
            <translation>Parašykite SHOUT numeriu 85258</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 6600</source>
            <translation>Skambinkite 0300 123 6600</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 1110</source>
            <translation>Skambinkite 0300 123 1110</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Family members with you: a number from 0 to {most}.</source>
            <translation>Šeimos narių su jumis: skaičius nuo 0 iki {most}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That visitor has already checked out.</source>
            <translation>Šis lankytojas jau pažymėjo išėjimą.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Too many wrong codes. Please wait {seconds} seconds, or ask a volunteer.</source>
            <translation>Per daug neteisingų kodų. Palaukite {seconds} s arba kreipkitės į savanorį.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That code is not right, or you have already checked out. Please check the code, or ask a volunteer.</source>
            <translation>Šis kodas neteisingas arba jau pažymėjote išėjimą. Patikrinkite kodą arba kreipkitės į savanorį.</translation>
        </message>
        <message>
            <source>When you leave, tap “I'm leaving” and type this number.</source>
            <translation type="vanished">Kai išeisite, palieskite „Išeinu“ ir įveskite šį numerį.</translation>
        </message>
        <message>
            <source>Type the number you were given when you checked in.</source>
            <translation type="vanished">Įveskite numerį, kurį gavote registruodamiesi.</translation>
        </message>
        <message>
            <source>Your number today</source>
            <translation type="vanished">Jūsų šiandienos numeris</translation>
        </message>
        <message>
            <source>Please type your number, like 27.</source>
            <translation type="vanished">Įveskite savo numerį, pvz., 27.</translation>
        </message>
        <message>
            <source>Nobody with number {number} is checked in today. Please check the number, or ask a volunteer.</source>
            <translation type="vanished">Šiandien niekas su numeriu {number} neužsiregistravo. Patikrinkite numerį arba kreipkitės į savanorį.</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">Atsiprašome, dokumento padaryti nepavyko. Kreipkitės į savanorį.</translation>
        </message>
    </context>
</TS>
