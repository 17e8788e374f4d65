<?xml version='1.0' encoding='utf-8'?>
<!--
Recovery Hub Kiosk: the visitor screens, the booking slip and the help slip in Polish (Polski).

AWAITING REVIEW BY A NATIVE SPEAKER. These translations were made with care, in plain words,
but no native speaker has checked them yet. When one has, change the translation of the
"review status" message (context "catalogue") to "reviewed by a native speaker"; until then the
desk's Hub settings show Polish as not reviewed, and a hub lead can switch it off there.
Crisis help: service names and phone numbers are never translated.

Why this language: after English, Polish, Romanian, Lithuanian, Portuguese, Turkish and Urdu are
among the main languages most often recorded for Essex residents in the 2021 Census (Office for
National Statistics, "Main language (detailed)", table TS024). A hub should check this list
against the people it serves.

Make sure every placeholder in braces, like {name}, stays exactly as it is in the English.
"dddd d MMMM" is a Qt date pattern (dddd: day name, d: day, MMMM: month name, 'text': literal).
-->
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
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
            <translation>Zwykły tekst</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Larger text</source>
            <translation>Większy tekst</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Largest text</source>
            <translation>Największy tekst</translation>
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
            <translation>Logo ośrodka</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>Język: {language}. Dotknij, aby wybrać inny.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Contrast</source>
            <translation>Kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>High contrast</source>
            <translation>Wysoki kontrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read aloud</source>
            <translation>Czytaj na głos</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read this screen aloud</source>
            <translation>Przeczytaj ten ekran na głos</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Back</source>
            <translation>Wstecz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Start again</source>
            <translation>Zacznij od nowa</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>Help now</source>
            <translation>Pomoc teraz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" />
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Are you still there?</source>
            <translation>Czy nadal tu jesteś?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Yes, I'm still here</source>
            <translation>Tak, jestem tutaj</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>Aby chronić Twoje dane, ekran wróci do początku za {seconds} s.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Choose your language</source>
            <translation>Wybierz język</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Close</source>
            <translation>Zamknij</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" />
            <source>Please ask a volunteer for help.</source>
            <translation>Poproś wolontariusza o pomoc.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>This kiosk repaired its data</source>
            <translation>Ten kiosk naprawił swoje dane</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>Jeśli chcesz się zameldować lub zarezerwować miejsce, zapytaj w recepcji: wolontariusz pomoże Ci od razu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Continue</source>
            <translation>Dalej</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Getting things ready…</source>
            <translation>Przygotowujemy wszystko…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>Przepraszamy, coś poszło nie tak. Spróbuj ponownie albo poproś wolontariusza.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Message</source>
            <translation>Wiadomość</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>Drukujemy Twój bilet. Odbierz go z drukarki.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The register is printing.</source>
            <translation>Lista obecności się drukuje.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The fire register is printing.</source>
            <translation>Lista osób w budynku się drukuje.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>Twoje imię przechowujemy {days} dni, tylko po to, by wolontariusze wiedzieli, kto przyjdzie.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Book a place</source>
            <translation>Zarezerwuj miejsce</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your first name or a nickname</source>
            <translation>Twoje imię lub pseudonim</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>How many people, including you?</source>
            <translation>Ile osób, razem z Tobą?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>people</source>
            <translation>os.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Book my place</source>
            <translation>Rezerwuję miejsce</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Join the waiting list</source>
            <translation>Zapisz się na listę oczekujących</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're booked</source>
            <translation>Masz rezerwację</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Your booking reference is</source>
            <translation>Twój numer rezerwacji to</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>Zapisz go albo zrób mu zdjęcie. Będzie potrzebny, by sprawdzić lub odwołać rezerwację.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>QR code of your booking reference</source>
            <translation>Kod QR Twojego numeru rezerwacji</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Print my slip</source>
            <translation>Wydrukuj bilet</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Done</source>
            <translation>Gotowe</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're on the waiting list</source>
            <translation>Jesteś na liście oczekujących</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>Dziękujemy, {name}. Twój numer na liście oczekujących: {position}. Damy Ci miejsce, jeśli jakieś się zwolni.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>Dziękujemy, {name}. Zarezerwowano miejsce. Liczba osób: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>Dziękujemy, {name}. Twoje miejsce jest zarezerwowane.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Check in</source>
            <translation>Zamelduj się</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>Wszystko tutaj jest dobrowolne. Możesz pominąć, co chcesz.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First part of your postcode, like CM1</source>
            <translation>Pierwsza część kodu pocztowego, np. CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Yes, first time</source>
            <translation>Tak, pierwszy raz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>I've been before</source>
            <translation>Byłem/am już wcześniej</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>family members with you</source>
            <translation>członków rodziny z Tobą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First name or nickname</source>
            <translation>Imię lub pseudonim</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Postcode area, like CM1</source>
            <translation>Obszar kodu pocztowego, np. CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>What brings you in?</source>
            <translation>Co Cię do nas sprowadza?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First time here?</source>
            <translation>Pierwszy raz tutaj?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Family with you</source>
            <translation>Rodzina z Tobą</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>Dlaczego pytamy: to pokazuje fundatorom, do jakich okolic docieramy. Zapisujemy tylko tę pierwszą część.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me in</source>
            <translation>Zamelduj mnie</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>You're checked in</source>
            <translation>Jesteś zameldowany/a</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your leaving code</source>
            <translation>Twój kod wyjścia</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your number today is</source>
            <translation>Twój dzisiejszy numer to</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>Gdy będziesz wychodzić, dotknij „Wychodzę” i wpisz ten kod. Masz go tylko ty, więc nikt inny nie może cię wymeldować.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>Witaj, {name}. Miło Cię widzieć.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome. It's good to see you.</source>
            <translation>Witaj. Miło Cię widzieć.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>I'm leaving</source>
            <translation>Wychodzę</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>Wpisz kod wyjścia, który dostałeś/aś przy meldowaniu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me out</source>
            <translation>Wymelduj mnie</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>Dziękujemy za przyjście. Trzymaj się i do zobaczenia.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very bad</source>
            <translation>Bardzo źle</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Bad</source>
            <translation>Źle</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>OK</source>
            <translation>W porządku</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Good</source>
            <translation>Dobrze</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very good</source>
            <translation>Bardzo dobrze</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>Anonimowo: zapisujemy tylko datę, ocenę i Twoje słowa.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Your feedback</source>
            <translation>Twoja opinia</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>How was it?</source>
            <translation>Jak było?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} ({rating} na 5)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>Jakich zajęć to dotyczy? (możesz pominąć)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>Chcesz nam coś powiedzieć? (do {count} znaków)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Your comment</source>
            <translation>Twój komentarz</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Send my feedback</source>
            <translation>Wyślij opinię</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Please tap a face to say how it was.</source>
            <translation>Dotknij buźki, aby powiedzieć, jak było.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Thank you for your feedback</source>
            <translation>Dziękujemy za opinię</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>Zespół ośrodka czyta każdy komentarz. Oto co zrobiliśmy z niektórymi Waszymi uwagami:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>Zaglądaj tutaj: odpowiedzi na Wasze opinie pojawią się w tym miejscu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>Jeśli grozi Ci niebezpieczeństwo lub potrzebujesz pomocy teraz, nie jesteś sam/a. Wolontariusz w recepcji pomoże Ci zadzwonić.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>These phone and text services answer in English.</source>
            <translation>Te telefony i wiadomości tekstowe są obsługiwane po angielsku.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your place is booked.</source>
            <translation>Twoje miejsce jest zarezerwowane.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You came to this session. Thank you!</source>
            <translation>Byłeś/aś na tych zajęciach. Dziękujemy!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This session has happened.</source>
            <translation>Te zajęcia już się odbyły.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>My booking</source>
            <translation>Moja rezerwacja</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>Wpisz numer rezerwacji albo przyłóż kod QR z biletu do czytnika.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking reference</source>
            <translation>Numer rezerwacji</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Find my booking</source>
            <translation>Znajdź moją rezerwację</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Cancel this booking</source>
            <translation>Odwołaj tę rezerwację</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Yes, cancel it</source>
            <translation>Tak, odwołaj</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>No, keep it</source>
            <translation>Nie, zostaw</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Look up another</source>
            <translation>Sprawdź inną</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are number {position} on the waiting list.</source>
            <translation>Twój numer na liście oczekujących: {position}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This booking is cancelled.</source>
            <translation>Ta rezerwacja jest odwołana.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>For {party} people.</source>
            <translation>Liczba osób: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking {reference}</source>
            <translation>Rezerwacja {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>Czy chcesz odwołać tę rezerwację? Twoje miejsce dostanie ktoś z listy oczekujących.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>Rezerwacja jest odwołana. Dziękujemy, że dajesz nam znać.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Have your say</source>
            <translation>Wyraź swoje zdanie</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>Dotknij odpowiedzi, aby zagłosować. Głosy są anonimowe: zapisujemy tylko datę i odpowiedź.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>Teraz nie ma pytań. Dziękujemy, że zaglądasz!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Thank you for voting.</source>
            <translation>Dziękujemy za głos.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>Wyniki pokażemy, gdy zagłosuje co najmniej {count} osób, aby nie dało się rozpoznać niczyjej odpowiedzi.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 głos</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: liczba głosów {votes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{votes} votes so far.</source>
            <translation>Liczba głosów do tej pory: {votes}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>About this session</source>
            <translation>O tych zajęciach</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Where: {place}</source>
            <translation>Gdzie: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>to be confirmed</source>
            <translation>do potwierdzenia</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>What to bring: {things}</source>
            <translation>Co zabrać: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Access: {notes}</source>
            <translation>Dostępność: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>What's on
&amp; book</source>
            <translation>Co się dzieje
i rezerwacje</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>Powiedzieliście: „{you_said}”
Zrobiliśmy: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Welcome. What would you like to do?</source>
            <translation>Witamy. Co chcesz zrobić?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Today</source>
            <translation>Dzisiaj</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>Dziś nie ma już zajęć. Dotknij „Co się dzieje”, aby zobaczyć cały tydzień.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>What's on this week and next</source>
            <translation>Co się dzieje w tym i przyszłym tygodniu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Everything</source>
            <translation>Wszystko</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Next week</source>
            <translation>Przyszły tydzień</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>W ciągu najbliższych dwóch tygodni nie ma takich zajęć.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>Fewer</source>
            <translation>Mniej</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>More</source>
            <translation>Więcej</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>On-screen keyboard</source>
            <translation>Klawiatura ekranowa</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>More letters</source>
            <translation>Więcej liter</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Capital letter</source>
            <translation>Wielka litera</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Space</source>
            <translation>Spacja</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Delete</source>
            <translation>Usuń</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Back to letters</source>
            <translation>Wróć do liter</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Clear</source>
            <translation>Wyczyść</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}, {time}, {place}. {places}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Place to be confirmed</source>
            <translation>Miejsce do potwierdzenia</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Bring: {things}</source>
            <translation>Zabierz: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Sessions</source>
            <translation>Zajęcia</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>A session</source>
            <translation>Zajęcia</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Dropping in</source>
            <translation>Wpadam po prostu</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>To talk to someone</source>
            <translation>Żeby z kimś porozmawiać</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Family support</source>
            <translation>Wsparcie dla rodziny</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>An appointment</source>
            <translation>Umówione spotkanie</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Something else</source>
            <translation>Coś innego</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1. We never keep a full postcode.</source>
            <translation>Podaj tylko pierwszą część kodu pocztowego, np. CM1. Nigdy nie zapisujemy pełnego kodu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1 or SS14, without the part after the space.</source>
            <translation>Podaj tylko pierwszą część kodu pocztowego, np. CM1 lub SS14, bez części po spacji.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>That does not look like the first part of a postcode, like CM1 or SS14.</source>
            <translation>To nie wygląda na pierwszą część kodu pocztowego, np. CM1 lub SS14.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/refcode.py" />
            <source>A booking reference has {length} letters and numbers, like {example}. Please check it and try again.</source>
            <translation>Numer rezerwacji ma {length} liter i cyfr, np. {example}. Sprawdź go i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please use at least one letter in the name.</source>
            <translation>Użyj w imieniu co najmniej jednej litery.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please give a first name or a nickname.</source>
            <translation>Podaj imię lub pseudonim.</translation>
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
            <translation>Dzisiaj, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Tomorrow, {date}</source>
            <translation>Jutro, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled: {reason}</source>
            <translation>Odwołane: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled</source>
            <translation>Odwołane</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Full — join the waiting list</source>
            <translation>Brak miejsc — zapisz się na listę oczekujących</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>1 place left</source>
            <translation>Zostało 1 miejsce</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{count} places left</source>
            <translation>Wolne miejsca: {count}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking {reference} at {hub}</source>
            <translation>Rezerwacja {reference} w {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking slip</source>
            <translation>Bilet rezerwacji</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time: {hub}</source>
            <translation>Pomoc o każdej porze: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Crisis contacts</source>
            <translation>Kontakty w kryzysie</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This session is cancelled.</source>
            <translation>Te zajęcia są odwołane.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>Aby sprawdzić lub odwołać, dotknij „Moja rezerwacja” w kiosku, potem zeskanuj kod z tego biletu albo wpisz numer.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Questions? Call {phone}</source>
            <translation>Pytania? Zadzwoń: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your place is booked</source>
            <translation>Twoje miejsce jest zarezerwowane</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are on the waiting list</source>
            <translation>Jesteś na liście oczekujących</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>ODWOŁANA: ta rezerwacja jest odwołana</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This booking was not used</source>
            <translation>Ta rezerwacja nie została wykorzystana</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>Jeśli zwolni się miejsce, dostanie je następna osoba z listy: sprawdź w „Moja rezerwacja” w kiosku albo zapytaj w recepcji.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your booking reference</source>
            <translation>Twój numer rezerwacji</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time</source>
            <translation>Pomoc o każdej porze</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>Nie jesteś sam/a. Te usługi są bezpłatne i wysłuchają Cię.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If someone is in danger now, call 999.</source>
            <translation>Jeśli komuś teraz grozi niebezpieczeństwo, zadzwoń pod 999.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Call us: {phone}</source>
            <translation>Zadzwoń do nas: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>Wydrukowano {date} {year} o {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>A booking is for 1 to {most} people.</source>
            <translation>Rezerwacja może być dla 1 do {most} osób.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>That session does not exist.</source>
            <translation>Takie zajęcia nie istnieją.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has {capacity} places in all, so a group of {party} cannot book it. Please ask a volunteer.</source>
            <translation>Na tych zajęciach jest w sumie miejsc: {capacity}, więc grupa licząca {party} os. nie może się zapisać. Poproś wolontariusza.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This booking is already cancelled.</source>
            <translation>Ta rezerwacja jest już odwołana.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already happened, so the booking cannot be cancelled.</source>
            <translation>Te zajęcia już się odbyły, więc nie można odwołać rezerwacji.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already finished.</source>
            <translation>Te zajęcia już się skończyły.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled ({reason}).</source>
            <translation>Przepraszamy, te zajęcia są odwołane ({reason}).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled.</source>
            <translation>Przepraszamy, te zajęcia są odwołane.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has already started, so it cannot be booked.</source>
            <translation>Przepraszamy, te zajęcia już się zaczęły, więc nie można się na nie zapisać.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>We could not find a booking with that reference. Please check it and try again.</source>
            <translation>Nie znaleźliśmy rezerwacji o takim numerze. Sprawdź go i spróbuj ponownie.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — confirmed when the kiosk reconnects</source>
            <translation>Wstępnie — potwierdzimy, gdy kiosk połączy się z siecią</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — your place on the waiting list is checked when the kiosk reconnects</source>
            <translation>Wstępnie — Twoje miejsce na liście oczekujących sprawdzimy, gdy kiosk połączy się z siecią</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>Please choose a rating from 1 to 5.</source>
            <translation>Wybierz ocenę od 1 do 5.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>That activity does not exist.</source>
            <translation>Takie zajęcia nie istnieją.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>This poll has closed. Thank you all the same.</source>
            <translation>To głosowanie jest zakończone. Mimo to dziękujemy.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>That answer is not part of this poll.</source>
            <translation>Tej odpowiedzi nie ma w tym głosowaniu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 999</source>
            <translation>Zadzwoń pod 999</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>Zadzwoń pod 111 i wybierz opcję 2 w kryzysie psychicznym</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 116 123, free, day or night</source>
            <translation>Zadzwoń pod 116 123, bezpłatnie, w dzień i w nocy</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Text SHOUT to 85258</source>
            <translation>Wyślij SMS o treści SHOUT pod 85258</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 6600</source>
            <translation>Zadzwoń pod 0300 123 6600</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 1110</source>
            <translation>Zadzwoń pod 0300 123 1110</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Family members with you: a number from 0 to {most}.</source>
            <translation>Członkowie rodziny z Tobą: liczba od 0 do {most}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That visitor has already checked out.</source>
            <translation>Ta osoba już się wymeldowała.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Too many wrong codes. Please wait {seconds} seconds, or ask a volunteer.</source>
            <translation>Za dużo błędnych kodów. Poczekaj {seconds} s albo poproś wolontariusza.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That code is not right, or you have already checked out. Please check the code, or ask a volunteer.</source>
            <translation>Ten kod jest nieprawidłowy albo już się wymeldowałeś/aś. Sprawdź kod albo poproś wolontariusza.</translation>
        </message>
        <message>
            <source>When you leave, tap “I'm leaving” and type this number.</source>
            <translation type="vanished">Gdy będziesz wychodzić, dotknij „Wychodzę” i wpisz ten numer.</translation>
        </message>
        <message>
            <source>Type the number you were given when you checked in.</source>
            <translation type="vanished">Wpisz numer, który dostałeś/aś przy meldowaniu.</translation>
        </message>
        <message>
            <source>Your number today</source>
            <translation type="vanished">Twój dzisiejszy numer</translation>
        </message>
        <message>
            <source>Please type your number, like 27.</source>
            <translation type="vanished">Wpisz swój numer, np. 27.</translation>
        </message>
        <message>
            <source>Nobody with number {number} is checked in today. Please check the number, or ask a volunteer.</source>
            <translation type="vanished">Dziś nikt z numerem {number} nie jest zameldowany. Sprawdź numer albo poproś wolontariusza.</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">Przepraszamy, nie udało się przygotować dokumentu. Poproś wolontariusza.</translation>
        </message>
    </context>
</TS>
