<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="pl_PL">
<context>
    <name />
    <message>
        <location filename="../../kiosk/domain/wording.py" line="33" />
        <source>{start} to {end}</source>
        <translation>{start}–{end}</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="39" />
        <source>{weekday} {day} {month}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="42" />
        <source>Today, {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="44" />
        <source>Tomorrow, {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="51" />
        <source>Cancelled: {reason}</source>
        <translation>Odwołane: {reason}</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="52" />
        <source>Cancelled</source>
        <translation>Odwołane</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="55" />
        <source>Full — join the waiting list</source>
        <translation>Brak miejsc — zapisz się na listę oczekujących</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="57" />
        <source>1 place left</source>
        <translation>Zostało 1 miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/domain/wording.py" line="58" />
        <source>{count} places left</source>
        <translation>Wolne miejsca: {count}</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="13" />
        <source>Normal text</source>
        <translation>Zwykły tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="13" />
        <source>Larger text</source>
        <translation>Większy tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="14" />
        <source>Largest text</source>
        <translation>Największy tekst</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="28" />
        <source>Recovery Hub Kiosk</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="42" />
        <source>Contrast</source>
        <translation>Kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="45" />
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="49" />
        <source>Read aloud</source>
        <translation>Czytaj na głos</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="50" />
        <source>Read this screen aloud</source>
        <translation>Przeczytaj ten ekran na głos</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="76" />
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="77" />
        <source>Start again</source>
        <translation>Zacznij od nowa</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/chrome.py" line="78" />
        <location filename="../../kiosk/views/visitor/help_now.py" line="11" />
        <source>Help now</source>
        <translation>Pomoc teraz</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/idle.py" line="53" />
        <location filename="../../kiosk/views/idle.py" line="57" />
        <source>Are you still there?</source>
        <translation>Czy nadal tu jesteś?</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/idle.py" line="63" />
        <source>Yes, I'm still here</source>
        <translation>Tak, jestem tutaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/idle.py" line="84" />
        <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/main_window.py" line="53" />
        <source>Getting things ready…</source>
        <extracomment>pages that confirm something done: Back from them would offer to do it again the 3-second press on the logo: the way to the front desk's sign-in</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/main_window.py" line="179" />
        <source>Please ask a volunteer for help.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/page.py" line="37" />
        <source>Message</source>
        <extracomment>ask the main window to show another page: (page name, argument)</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="21" />
        <location filename="../../kiosk/views/visitor/session_detail.py" line="29" />
        <source>Book a place</source>
        <translation>Zarezerwuj miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="27" />
        <location filename="../../kiosk/views/visitor/book.py" line="30" />
        <source>Your first name or a nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="33" />
        <source>How many people, including you?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="43" />
        <source>Book my place</source>
        <translation>Rezerwuję miejsce</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="56" />
        <location filename="../../kiosk/views/visitor/book.py" line="60" />
        <location filename="../../kiosk/views/visitor/session_detail.py" line="59" />
        <source>Join the waiting list</source>
        <translation>Zapisz się na listę oczekujących</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="82" />
        <location filename="../../kiosk/views/visitor/book.py" line="131" />
        <source>You're booked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="99" />
        <source>Your booking reference is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="104" />
        <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="108" />
        <source>QR code of your booking reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="112" />
        <source>Print my slip</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="114" />
        <location filename="../../kiosk/views/visitor/check_in.py" line="93" />
        <location filename="../../kiosk/views/visitor/feedback.py" line="114" />
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="126" />
        <source>You're on the waiting list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="127" />
        <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="132" />
        <source>Thank you, {name}. Your place is booked for {party} people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="133" />
        <source>Thank you, {name}. Your place is booked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/book.py" line="138" />
        <source> </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="20" />
        <location filename="../../kiosk/views/visitor/welcome.py" line="13" />
        <source>Check in</source>
        <translation>Zamelduj się</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="24" />
        <source>Everything here is optional. Skip anything you like.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="34" />
        <source>First name or nickname</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="34" />
        <source>Postcode area, like CM1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="35" />
        <source>What brings you in?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="35" />
        <source>First time here?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="36" />
        <source>Family with you</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="40" />
        <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="49" />
        <source>Check me in</source>
        <translation>Zamelduj mnie</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="83" />
        <source>You're checked in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="89" />
        <source>Your number today is</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="91" />
        <source>When you leave, tap “I'm leaving” and type this number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="100" />
        <source>Welcome, {name}. It's good to see you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="113" />
        <location filename="../../kiosk/views/visitor/welcome.py" line="18" />
        <source>I'm leaving</source>
        <translation>Wychodzę</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="116" />
        <source>Type the number you were given when you checked in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="119" />
        <source>Your number today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="126" />
        <source>Check me out</source>
        <translation>Wymelduj mnie</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="140" />
        <source>Please type your number, like 27.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/check_in.py" line="145" />
        <source>Thank you for coming. Take care, and see you soon.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
        <source>Very bad</source>
        <translation>Bardzo źle</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
        <source>Bad</source>
        <translation>Źle</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
        <source>OK</source>
        <translation>W porządku</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="17" />
        <source>Good</source>
        <translation>Dobrze</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="17" />
        <source>Very good</source>
        <translation>Bardzo dobrze</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="18" />
        <source>Anonymous: we keep only the date, your rating and your words.</source>
        <translation>Anonimowo: zapisujemy tylko datę, ocenę i Twoje słowa.</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="22" />
        <location filename="../../kiosk/views/visitor/welcome.py" line="16" />
        <source>Your feedback</source>
        <translation>Twoja opinia</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="27" />
        <source>How was it?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="34" />
        <source>{words} ({rating} out of 5)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="46" />
        <source>Which activity is it about? (you can leave this)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="50" />
        <source>Anything you'd like to tell us? (up to {count} characters)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="53" />
        <source>Your comment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="60" />
        <source>Send my feedback</source>
        <translation>Wyślij opinię</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="86" />
        <source>Please tap a face to say how it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="106" />
        <source>Thank you for your feedback</source>
        <translation>Dziękujemy za opinię</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/feedback.py" line="109" />
        <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/help_now.py" line="14" />
        <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="23" />
        <location filename="../../kiosk/views/visitor/welcome.py" line="15" />
        <source>My booking</source>
        <translation>Moja rezerwacja</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="27" />
        <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="31" />
        <source>Booking reference</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="39" />
        <source>Find my booking</source>
        <translation>Znajdź moją rezerwację</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="52" />
        <source>Cancel this booking</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="54" />
        <source>Yes, cancel it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="56" />
        <source>No, keep it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="58" />
        <source>Look up another</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="95" />
        <source>You are number {position} on the waiting list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="97" />
        <source>This booking is cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="100" />
        <source>For {party} people.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="101" />
        <source>Booking {reference}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/my_booking.py" line="114" />
        <source>Your booking is cancelled. Thank you for letting us know.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="13" />
        <location filename="../../kiosk/views/visitor/welcome.py" line="17" />
        <source>Have your say</source>
        <translation>Wyraź swoje zdanie</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="16" />
        <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="29" />
        <source>There are no questions to answer just now. Thank you for looking!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="42" />
        <source>Thank you for voting.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="67" />
        <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="69" />
        <source>{answer}: 1 vote</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="69" />
        <source>{answer}: {votes} votes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/polls.py" line="71" />
        <source>{votes} votes so far.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/session_detail.py" line="15" />
        <source>About this session</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/session_detail.py" line="52" />
        <source>Where: {place}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/session_detail.py" line="52" />
        <source>to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/welcome.py" line="14" />
        <source>What's on
&amp; book</source>
        <translation>Co się dzieje
i rezerwacje</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/welcome.py" line="24" />
        <source>You said: “{you_said}”
We did: {we_did}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/welcome.py" line="28" />
        <source>Welcome. What would you like to do?</source>
        <translation>Witamy. Co chcesz zrobić?</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/welcome.py" line="42" />
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/welcome.py" line="61" />
        <source>     </source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/welcome.py" line="65" />
        <source>No more sessions today. Tap What's on to see the week.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/whats_on.py" line="21" />
        <source>What's on this week and next</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/whats_on.py" line="58" />
        <source>Nothing like that is on in the next two weeks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/visitor/whats_on.py" line="63" />
        <source>Next week</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/choices.py" line="73" />
        <source>−</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/choices.py" line="74" />
        <source>+</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/keyboard.py" line="22" />
        <source>On-screen keyboard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/keyboard.py" line="63" />
        <source>ABC</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/keyboard.py" line="64" />
        <source>Back to letters</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/long_press.py" line="14" />
        <source>Hub logo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/session_card.py" line="25" />
        <source>{activity}, {time}, {places}. Tap for details.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/session_card.py" line="37" />
        <source>Place to be confirmed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <location filename="../../kiosk/views/widgets/session_card.py" line="39" />
        <source>Bring: {things}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>