<?xml version='1.0' encoding='utf-8'?>
<!--
Recovery Hub Kiosk: the visitor screens, the booking slip and the help slip in Romanian (Română).

AWAITING REVIEW BY A NATIVE SPEAKER. These translations were made with care, in plain words,
but no native speaker has checked them yet. When one has, change the translation of the
"review status" message (context "catalogue") to "reviewed by a native speaker"; until then the
desk's Hub settings show Romanian as not reviewed, and a hub lead can switch it off there.
Crisis help: service names and phone numbers are never translated.

Why this language: after English, Polish, Romanian, Lithuanian, Portuguese, Turkish and Urdu are
among the main languages most often recorded for Essex residents in the 2021 Census (Office for
National Statistics, "Main language (detailed)", table TS024). A hub should check this list
against the people it serves.

Make sure every placeholder in braces, like {name}, stays exactly as it is in the English.
"dddd d MMMM" is a Qt date pattern (dddd: day name, d: day, MMMM: month name, 'text': literal).
-->
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
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
            <translation>Text normal</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Larger text</source>
            <translation>Text mai mare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Largest text</source>
            <translation>Cel mai mare text</translation>
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
            <translation>Sigla centrului</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>Limba: {language}. Atinge pentru a alege alta.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Contrast</source>
            <translation>Contrast</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>High contrast</source>
            <translation>Contrast ridicat</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read aloud</source>
            <translation>Citește cu voce tare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read this screen aloud</source>
            <translation>Citește acest ecran cu voce tare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Back</source>
            <translation>Înapoi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Start again</source>
            <translation>Ia-o de la capăt</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>Help now</source>
            <translation>Ajutor acum</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" />
            <source>dddd d MMMM</source>
            <translation>dddd d MMMM</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Are you still there?</source>
            <translation>Mai ești aici?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Yes, I'm still here</source>
            <translation>Da, sunt aici</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>Ca datele tale să rămână private, ecranul revine la început în {seconds} secunde.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Choose your language</source>
            <translation>Alege limba</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Close</source>
            <translation>Închide</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" />
            <source>Please ask a volunteer for help.</source>
            <translation>Te rugăm să ceri ajutor unui voluntar.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>This kiosk repaired its data</source>
            <translation>Acest chioșc și-a reparat datele</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>Dacă ai venit să te înregistrezi sau să rezervi, întreabă la recepție: un voluntar te poate ajuta acum.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Continue</source>
            <translation>Continuă</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Getting things ready…</source>
            <translation>Pregătim totul…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>Ne pare rău, ceva nu a mers. Încearcă din nou sau întreabă un voluntar.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Message</source>
            <translation>Mesaj</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>Bonul tău se tipărește. Ia-l de la imprimantă.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The register is printing.</source>
            <translation>Lista de prezență se tipărește.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The fire register is printing.</source>
            <translation>Lista pentru evacuare se tipărește.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>Păstrăm numele tău {days} de zile, doar ca voluntarii să știe cine vine.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Book a place</source>
            <translation>Rezervă un loc</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your first name or a nickname</source>
            <translation>Prenumele tău sau o poreclă</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>How many people, including you?</source>
            <translation>Câte persoane, cu tine cu tot?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>people</source>
            <translation>persoane</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Book my place</source>
            <translation>Rezervă-mi locul</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Join the waiting list</source>
            <translation>Intră pe lista de așteptare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're booked</source>
            <translation>Ai o rezervare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Your booking reference is</source>
            <translation>Numărul tău de rezervare este</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>Notează-l sau fă-i o fotografie. Ai nevoie de el ca să vezi sau să anulezi rezervarea.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>QR code of your booking reference</source>
            <translation>Codul QR al numărului tău de rezervare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Print my slip</source>
            <translation>Tipărește bonul</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Done</source>
            <translation>Gata</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're on the waiting list</source>
            <translation>Ești pe lista de așteptare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>Mulțumim, {name}. Ești numărul {position} pe lista de așteptare. Îți dăm un loc dacă se eliberează unul.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>Mulțumim, {name}. Locul este rezervat. Număr de persoane: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>Mulțumim, {name}. Locul tău este rezervat.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Check in</source>
            <translation>Înregistrare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>Totul aici este opțional. Poți sări peste orice.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First part of your postcode, like CM1</source>
            <translation>Prima parte a codului poștal, de exemplu CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Yes, first time</source>
            <translation>Da, prima dată</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>I've been before</source>
            <translation>Am mai fost</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>family members with you</source>
            <translation>membri ai familiei cu tine</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First name or nickname</source>
            <translation>Prenume sau poreclă</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Postcode area, like CM1</source>
            <translation>Zona codului poștal, de exemplu CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>What brings you in?</source>
            <translation>Ce te aduce aici?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First time here?</source>
            <translation>Prima dată aici?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Family with you</source>
            <translation>Familie cu tine</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>De ce întrebăm: le arată finanțatorilor ce zone ajungem. Păstrăm doar această primă parte.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me in</source>
            <translation>Înregistrează-mă</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>You're checked in</source>
            <translation>Te-ai înregistrat</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your leaving code</source>
            <translation>Codul tău de plecare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your number today is</source>
            <translation>Numărul tău de azi este</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>Când pleci, atinge „Plec” și scrie acest cod. Doar tu îl ai, așa că nimeni altcineva nu te poate înregistra la plecare.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>Bine ai venit, {name}. Ne bucurăm să te vedem.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome. It's good to see you.</source>
            <translation>Bine ai venit. Ne bucurăm să te vedem.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>I'm leaving</source>
            <translation>Plec</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>Scrie codul de plecare primit la înregistrare.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me out</source>
            <translation>Marchează plecarea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>Mulțumim că ai venit. Ai grijă de tine și pe curând.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very bad</source>
            <translation>Foarte rău</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Bad</source>
            <translation>Rău</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>OK</source>
            <translation>Așa și așa</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Good</source>
            <translation>Bine</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very good</source>
            <translation>Foarte bine</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>Anonim: păstrăm doar data, nota și cuvintele tale.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Your feedback</source>
            <translation>Părerea ta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>How was it?</source>
            <translation>Cum a fost?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} ({rating} din 5)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>Despre ce activitate este? (poți sări peste)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>Vrei să ne spui ceva? (până la {count} de caractere)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Your comment</source>
            <translation>Comentariul tău</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Send my feedback</source>
            <translation>Trimite părerea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Please tap a face to say how it was.</source>
            <translation>Atinge o față ca să spui cum a fost.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Thank you for your feedback</source>
            <translation>Mulțumim pentru părere</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>Echipa centrului citește fiecare comentariu. Iată ce am făcut cu o parte din ce ne-ați spus:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>Revino aici: răspunsurile la părerile voastre apar în acest loc.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>Dacă ești în pericol sau ai nevoie de ajutor acum, nu ești singur. Un voluntar de la recepție te poate ajuta să suni.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>These phone and text services answer in English.</source>
            <translation>Aceste linii telefonice și servicii prin mesaj răspund în engleză.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your place is booked.</source>
            <translation>Locul tău este rezervat.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You came to this session. Thank you!</source>
            <translation>Ai venit la această întâlnire. Mulțumim!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This session has happened.</source>
            <translation>Această întâlnire a avut deja loc.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>My booking</source>
            <translation>Rezervarea mea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>Scrie numărul de rezervare sau ține codul QR de pe bon în fața scanerului.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking reference</source>
            <translation>Număr de rezervare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Find my booking</source>
            <translation>Găsește rezervarea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Cancel this booking</source>
            <translation>Anulează rezervarea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Yes, cancel it</source>
            <translation>Da, anuleaz-o</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>No, keep it</source>
            <translation>Nu, păstreaz-o</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Look up another</source>
            <translation>Caută alta</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are number {position} on the waiting list.</source>
            <translation>Ești numărul {position} pe lista de așteptare.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This booking is cancelled.</source>
            <translation>Această rezervare este anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>For {party} people.</source>
            <translation>Număr de persoane: {party}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking {reference}</source>
            <translation>Rezervarea {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>Vrei să anulezi această rezervare? Locul tău va merge la cineva de pe lista de așteptare.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>Rezervarea ta este anulată. Mulțumim că ne-ai anunțat.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Have your say</source>
            <translation>Spune-ți părerea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>Atinge un răspuns ca să votezi. Voturile sunt anonime: păstrăm doar data și răspunsul.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>Acum nu sunt întrebări. Mulțumim că te-ai uitat!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Thank you for voting.</source>
            <translation>Mulțumim pentru vot.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>Rezultatele apar după ce votează cel puțin {count} persoane, ca să nu se poată afla răspunsul nimănui.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 vot</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: voturi {votes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{votes} votes so far.</source>
            <translation>Voturi până acum: {votes}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>About this session</source>
            <translation>Despre această întâlnire</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Where: {place}</source>
            <translation>Unde: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>to be confirmed</source>
            <translation>urmează să fie confirmat</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>What to bring: {things}</source>
            <translation>Ce să aduci: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Access: {notes}</source>
            <translation>Acces: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>What's on
&amp; book</source>
            <translation>Program
și rezervări</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>Ați spus: „{you_said}”
Am făcut: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Welcome. What would you like to do?</source>
            <translation>Bine ai venit. Ce ai vrea să faci?</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Today</source>
            <translation>Azi</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>Azi nu mai sunt întâlniri. Atinge „Program” ca să vezi săptămâna.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>What's on this week and next</source>
            <translation>Programul pe săptămâna aceasta și următoarea</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Everything</source>
            <translation>Tot</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Next week</source>
            <translation>Săptămâna viitoare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>În următoarele două săptămâni nu este nimic de acest fel.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>Fewer</source>
            <translation>Mai puțin</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>More</source>
            <translation>Mai mult</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>On-screen keyboard</source>
            <translation>Tastatură pe ecran</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>More letters</source>
            <translation>Mai multe litere</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Capital letter</source>
            <translation>Literă mare</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Space</source>
            <translation>Spațiu</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Delete</source>
            <translation>Șterge</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Back to letters</source>
            <translation>Înapoi la litere</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Clear</source>
            <translation>Golește</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}, {time}, {place}. {places}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Place to be confirmed</source>
            <translation>Locul urmează să fie confirmat</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Bring: {things}</source>
            <translation>Adu: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Sessions</source>
            <translation>Întâlniri</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>A session</source>
            <translation>O întâlnire</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Dropping in</source>
            <translation>Am trecut pe aici</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>To talk to someone</source>
            <translation>Ca să vorbesc cu cineva</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Family support</source>
            <translation>Sprijin pentru familie</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>An appointment</source>
            <translation>O programare</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Something else</source>
            <translation>Altceva</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1. We never keep a full postcode.</source>
            <translation>Scrie doar prima parte a codului poștal, de exemplu CM1. Nu păstrăm niciodată codul întreg.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1 or SS14, without the part after the space.</source>
            <translation>Scrie doar prima parte a codului poștal, de exemplu CM1 sau SS14, fără partea de după spațiu.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>That does not look like the first part of a postcode, like CM1 or SS14.</source>
            <translation>Aceasta nu pare prima parte a unui cod poștal, de exemplu CM1 sau SS14.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/refcode.py" />
            <source>A booking reference has {length} letters and numbers, like {example}. Please check it and try again.</source>
            <translation>Un număr de rezervare are {length} litere și cifre, de exemplu {example}. Verifică-l și încearcă din nou.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please use at least one letter in the name.</source>
            <translation>Folosește cel puțin o literă în nume.</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please give a first name or a nickname.</source>
            <translation>Scrie un prenume sau o poreclă.</translation>
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
            <translation>Azi, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Tomorrow, {date}</source>
            <translation>Mâine, {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled: {reason}</source>
            <translation>Anulat: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled</source>
            <translation>Anulat</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Full — join the waiting list</source>
            <translation>Plin — intră pe lista de așteptare</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>1 place left</source>
            <translation>A mai rămas 1 loc</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{count} places left</source>
            <translation>Locuri libere: {count}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking {reference} at {hub}</source>
            <translation>Rezervarea {reference} la {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking slip</source>
            <translation>Bon de rezervare</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time: {hub}</source>
            <translation>Ajutor, oricând: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Crisis contacts</source>
            <translation>Contacte în caz de criză</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This session is cancelled.</source>
            <translation>Această întâlnire este anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>Ca să verifici sau să anulezi, atinge „Rezervarea mea” la chioșc, apoi scanează codul de pe acest bon sau scrie numărul.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Questions? Call {phone}</source>
            <translation>Întrebări? Sună la {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your place is booked</source>
            <translation>Locul tău este rezervat</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are on the waiting list</source>
            <translation>Ești pe lista de așteptare</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>ANULAT: această rezervare este anulată</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This booking was not used</source>
            <translation>Această rezervare nu a fost folosită</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>Dacă se eliberează un loc, îl primește următoarea persoană care așteaptă: verifică la „Rezervarea mea” la chioșc sau întreabă la recepție.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your booking reference</source>
            <translation>Numărul tău de rezervare</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time</source>
            <translation>Ajutor, oricând</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>Nu ești singur. Aceste servicii sunt gratuite și te ascultă.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If someone is in danger now, call 999.</source>
            <translation>Dacă cineva este în pericol acum, sună la 999.</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Call us: {phone}</source>
            <translation>Sună-ne: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>Tipărit {date} {year}, ora {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>A booking is for 1 to {most} people.</source>
            <translation>O rezervare este pentru 1 până la {most} persoane.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>That session does not exist.</source>
            <translation>Această întâlnire nu există.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has {capacity} places in all, so a group of {party} cannot book it. Please ask a volunteer.</source>
            <translation>Această întâlnire are în total {capacity} locuri, așa că un grup de {party} persoane nu poate rezerva. Întreabă un voluntar.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This booking is already cancelled.</source>
            <translation>Această rezervare este deja anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already happened, so the booking cannot be cancelled.</source>
            <translation>Această întâlnire a avut deja loc, așa că rezervarea nu mai poate fi anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already finished.</source>
            <translation>Această întâlnire s-a terminat deja.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled ({reason}).</source>
            <translation>Ne pare rău, această întâlnire a fost anulată ({reason}).</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled.</source>
            <translation>Ne pare rău, această întâlnire a fost anulată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has already started, so it cannot be booked.</source>
            <translation>Ne pare rău, această întâlnire a început deja, așa că nu mai poate fi rezervată.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>We could not find a booking with that reference. Please check it and try again.</source>
            <translation>Nu am găsit nicio rezervare cu acest număr. Verifică-l și încearcă din nou.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — confirmed when the kiosk reconnects</source>
            <translation>Provizoriu — se confirmă când chioșcul se reconectează</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — your place on the waiting list is checked when the kiosk reconnects</source>
            <translation>Provizoriu — locul tău pe lista de așteptare se verifică când chioșcul se reconectează</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>Please choose a rating from 1 to 5.</source>
            <translation>Alege o notă de la 1 la 5.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>That activity does not exist.</source>
            <translation>Această activitate nu există.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>This poll has closed. Thank you all the same.</source>
            <translation>Acest vot s-a încheiat. Mulțumim oricum.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>That answer is not part of this poll.</source>
            <translation>Acest răspuns nu face parte din acest vot.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 999</source>
            <translation>Sună la 999</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>Sună la 111 și alege opțiunea 2 pentru o criză de sănătate mintală</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 116 123, free, day or night</source>
            <translation>Sună la 116 123, gratuit, zi și noapte</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Text SHOUT to 85258</source>
            <translation>Trimite SMS cu SHOUT la 85258</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 6600</source>
            <translation>Sună la 0300 123 6600</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 1110</source>
            <translation>Sună la 0300 123 1110</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Family members with you: a number from 0 to {most}.</source>
            <translation>Membri ai familiei cu tine: un număr de la 0 la {most}.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That visitor has already checked out.</source>
            <translation>Această persoană a marcat deja plecarea.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Too many wrong codes. Please wait {seconds} seconds, or ask a volunteer.</source>
            <translation>Prea multe coduri greșite. Așteaptă {seconds} secunde sau întreabă un voluntar.</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That code is not right, or you have already checked out. Please check the code, or ask a volunteer.</source>
            <translation>Codul nu este corect sau ai marcat deja plecarea. Verifică codul sau întreabă un voluntar.</translation>
        </message>
        <message>
            <source>When you leave, tap “I'm leaving” and type this number.</source>
            <translation type="vanished">Când pleci, atinge „Plec” și scrie acest număr.</translation>
        </message>
        <message>
            <source>Type the number you were given when you checked in.</source>
            <translation type="vanished">Scrie numărul primit la înregistrare.</translation>
        </message>
        <message>
            <source>Your number today</source>
            <translation type="vanished">Numărul tău de azi</translation>
        </message>
        <message>
            <source>Please type your number, like 27.</source>
            <translation type="vanished">Te rugăm să scrii numărul tău, de exemplu 27.</translation>
        </message>
        <message>
            <source>Nobody with number {number} is checked in today. Please check the number, or ask a volunteer.</source>
            <translation type="vanished">Azi nu este înregistrat nimeni cu numărul {number}. Verifică numărul sau întreabă un voluntar.</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">Ne pare rău, documentul nu a putut fi făcut. Întreabă un voluntar.</translation>
        </message>
    </context>
</TS>
