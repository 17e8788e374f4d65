<?xml version='1.0' encoding='utf-8'?>
<!--
Recovery Hub Kiosk: the visitor screens, the booking slip and the help slip in Urdu (اردو).

AWAITING REVIEW BY A NATIVE SPEAKER. These translations were made with care, in plain words,
but no native speaker has checked them yet. When one has, change the translation of the
"review status" message (context "catalogue") to "reviewed by a native speaker"; until then the
desk's Hub settings show Urdu as not reviewed, and a hub lead can switch it off there.
Crisis help: service names and phone numbers are never translated.

Why this language: after English, Polish, Romanian, Lithuanian, Portuguese, Turkish and Urdu are
among the main languages most often recorded for Essex residents in the 2021 Census (Office for
National Statistics, "Main language (detailed)", table TS024). A hub should check this list
against the people it serves.

Make sure every placeholder in braces, like {name}, stays exactly as it is in the English.
"dddd d MMMM" is a Qt date pattern (dddd: day name, d: day, MMMM: month name, 'text': literal).
-->
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK">
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
            <translation>عام تحریر</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="14" />
            <source>Larger text</source>
            <translation>بڑی تحریر</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="15" />
            <source>Largest text</source>
            <translation>سب سے بڑی تحریر</translation>
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
            <translation>مرکز کا لوگو</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="67" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>زبان: {language}۔ دوسری زبان چننے کے لیے چھوئیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="71" />
            <source>Contrast</source>
            <translation>کنٹراسٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="72" />
            <source>High contrast</source>
            <translation>زیادہ کنٹراسٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="73" />
            <source>Read aloud</source>
            <translation>بول کر پڑھیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="74" />
            <source>Read this screen aloud</source>
            <translation>یہ اسکرین بول کر پڑھیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="106" />
            <source>Back</source>
            <translation>واپس</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="106" />
            <source>Start again</source>
            <translation>دوبارہ شروع کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" line="106" />
            <location filename="../../kiosk/views/visitor/help_now.py" line="13" />
            <source>Help now</source>
            <translation>ابھی مدد</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" line="20" />
            <source>dddd d MMMM</source>
            <translation>dddd، d MMMM</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" line="89" />
            <location filename="../../kiosk/views/idle.py" line="90" />
            <source>Are you still there?</source>
            <translation>کیا آپ ابھی یہیں ہیں؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" line="91" />
            <source>Yes, I'm still here</source>
            <translation>جی ہاں، میں یہیں ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" line="108" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>آپ کی معلومات کو محفوظ رکھنے کے لیے اسکرین {seconds} سیکنڈ میں شروع پر واپس چلی جائے گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" line="38" />
            <source>Choose your language</source>
            <translation>اپنی زبان چنیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" line="39" />
            <location filename="../../kiosk/views/language_chooser.py" line="40" />
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" line="315" />
            <source>Please ask a volunteer for help.</source>
            <translation>براہ کرم کسی رضاکار سے مدد مانگیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="19" />
            <source>This kiosk repaired its data</source>
            <translation>اس کیوسک نے اپنا ڈیٹا ٹھیک کر لیا ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="24" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>اگر آپ حاضری لگانے یا جگہ بک کرنے آئے ہیں تو براہ کرم ڈیسک پر پوچھیں: ایک رضاکار ابھی آپ کی مدد کر سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="27" />
            <source>Continue</source>
            <translation>جاری رکھیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" line="48" />
            <source>Getting things ready…</source>
            <translation>تیاری ہو رہی ہے…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" line="15" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>معاف کیجیے، کچھ غلط ہو گیا۔ دوبارہ کوشش کریں یا کسی رضاکار سے پوچھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" line="43" />
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" line="84" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>آپ کی پرچی پرنٹ ہو رہی ہے۔ براہ کرم پرنٹر سے لے لیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" line="89" />
            <source>The register is printing.</source>
            <translation>حاضری کی فہرست پرنٹ ہو رہی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" line="94" />
            <source>The fire register is printing.</source>
            <translation>آگ سے بچاؤ کی فہرست پرنٹ ہو رہی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="22" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>ہم آپ کا نام {days} دن رکھتے ہیں، صرف اس لیے کہ رضاکاروں کو معلوم ہو کہ کون آ رہا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="27" />
            <location filename="../../kiosk/views/visitor/book.py" line="62" />
            <location filename="../../kiosk/views/visitor/session_detail.py" line="30" />
            <location filename="../../kiosk/views/visitor/session_detail.py" line="63" />
            <source>Book a place</source>
            <translation>جگہ بک کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="33" />
            <location filename="../../kiosk/views/visitor/book.py" line="36" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="32" />
            <source>Your first name or a nickname</source>
            <translation>آپ کا پہلا نام یا کوئی عرفی نام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="39" />
            <source>How many people, including you?</source>
            <translation>آپ سمیت کتنے افراد؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="40" />
            <source>people</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="49" />
            <location filename="../../kiosk/views/visitor/book.py" line="66" />
            <source>Book my place</source>
            <translation>میری جگہ بک کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="62" />
            <location filename="../../kiosk/views/visitor/book.py" line="66" />
            <location filename="../../kiosk/views/visitor/session_detail.py" line="63" />
            <source>Join the waiting list</source>
            <translation>انتظار کی فہرست میں شامل ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="90" />
            <location filename="../../kiosk/views/visitor/book.py" line="143" />
            <source>You're booked</source>
            <translation>آپ کی جگہ بک ہو گئی</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="111" />
            <source>Your booking reference is</source>
            <translation>آپ کا بکنگ نمبر یہ ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="116" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>اسے لکھ لیں یا اس کی تصویر لے لیں۔ اپنی بکنگ دیکھنے یا منسوخ کرنے کے لیے اس کی ضرورت ہو گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="120" />
            <source>QR code of your booking reference</source>
            <translation>آپ کے بکنگ نمبر کا QR کوڈ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="124" />
            <source>Print my slip</source>
            <translation>میری پرچی پرنٹ کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="126" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="102" />
            <location filename="../../kiosk/views/visitor/feedback.py" line="116" />
            <source>Done</source>
            <translation>ہو گیا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="138" />
            <source>You're on the waiting list</source>
            <translation>آپ انتظار کی فہرست میں ہیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="139" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>شکریہ، {name}۔ انتظار کی فہرست میں آپ کا نمبر {position} ہے۔ اگر کوئی جگہ خالی ہوئی تو ہم آپ کو دیں گے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="144" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>شکریہ، {name}۔ آپ کی جگہ بک ہو گئی ہے۔ افراد کی تعداد: {party}۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" line="145" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>شکریہ، {name}۔ آپ کی جگہ بک ہو گئی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="23" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="13" />
            <source>Check in</source>
            <translation>حاضری لگائیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="27" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>یہاں سب کچھ اختیاری ہے۔ جو چاہیں چھوڑ دیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="33" />
            <source>First part of your postcode, like CM1</source>
            <translation>آپ کے پوسٹ کوڈ کا پہلا حصہ، جیسے CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="35" />
            <source>Yes, first time</source>
            <translation>جی ہاں، پہلی بار</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="35" />
            <source>I've been before</source>
            <translation>میں پہلے آ چکا ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="36" />
            <source>family members with you</source>
            <translation>آپ کے ساتھ گھر والے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="37" />
            <source>First name or nickname</source>
            <translation>پہلا نام یا عرفی نام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="37" />
            <source>Postcode area, like CM1</source>
            <translation>پوسٹ کوڈ کا علاقہ، جیسے CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="38" />
            <source>What brings you in?</source>
            <translation>آپ کس لیے آئے ہیں؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="38" />
            <source>First time here?</source>
            <translation>کیا پہلی بار آئے ہیں؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="39" />
            <source>Family with you</source>
            <translation>ساتھ آئے گھر والے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="43" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>ہم کیوں پوچھتے ہیں: اس سے فنڈ دینے والوں کو پتا چلتا ہے کہ ہم کن علاقوں تک پہنچتے ہیں۔ ہم صرف یہ پہلا حصہ رکھتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="52" />
            <source>Check me in</source>
            <translation>میری حاضری لگائیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="87" />
            <source>You're checked in</source>
            <translation>آپ کی حاضری لگ گئی</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="93" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="97" />
            <location filename="../../kiosk/views/visitor/check_in.py" line="131" />
            <source>Your leaving code</source>
            <translation>آپ کا جانے کا کوڈ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="95" />
            <source>Your number today is</source>
            <translation>آج آپ کا نمبر یہ ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="99" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>جاتے وقت ”میں جا رہا ہوں“ کو چھوئیں اور یہ کوڈ لکھیں۔ یہ صرف آپ کے پاس ہے، اس لیے کوئی اور آپ کی روانگی درج نہیں کر سکتا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="109" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>خوش آمدید، {name}۔ آپ کو دیکھ کر خوشی ہوئی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="110" />
            <source>Welcome. It's good to see you.</source>
            <translation>خوش آمدید۔ آپ کو دیکھ کر خوشی ہوئی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="125" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="18" />
            <source>I'm leaving</source>
            <translation>میں جا رہا ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="128" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>جانے کا وہ کوڈ لکھیں جو آپ کو حاضری لگاتے وقت ملا تھا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="138" />
            <source>Check me out</source>
            <translation>میری روانگی درج کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" line="154" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>آنے کا شکریہ۔ اپنا خیال رکھیں، پھر ملیں گے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
            <source>Very bad</source>
            <translation>بہت برا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
            <source>Bad</source>
            <translation>برا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="16" />
            <source>OK</source>
            <translation>ٹھیک</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="17" />
            <source>Good</source>
            <translation>اچھا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="17" />
            <source>Very good</source>
            <translation>بہت اچھا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="18" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>گمنام: ہم صرف تاریخ، آپ کی رائے کا درجہ اور آپ کے الفاظ رکھتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="23" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="16" />
            <source>Your feedback</source>
            <translation>آپ کی رائے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="28" />
            <source>How was it?</source>
            <translation>کیسا رہا؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="35" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} (5 میں سے {rating})</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="47" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>یہ کس سرگرمی کے بارے میں ہے؟ (آپ اسے چھوڑ سکتے ہیں)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="51" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>کیا آپ ہمیں کچھ بتانا چاہتے ہیں؟ (زیادہ سے زیادہ {count} حروف)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="54" />
            <source>Your comment</source>
            <translation>آپ کا تبصرہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="61" />
            <source>Send my feedback</source>
            <translation>میری رائے بھیجیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="87" />
            <source>Please tap a face to say how it was.</source>
            <translation>براہ کرم کسی چہرے کو چھو کر بتائیں کہ کیسا رہا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="108" />
            <source>Thank you for your feedback</source>
            <translation>آپ کی رائے کا شکریہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="111" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>مرکز کی ٹیم ہر تبصرہ پڑھتی ہے۔ آپ کی کچھ باتوں پر ہم نے یہ کیا:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" line="123" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>یہاں دیکھتے رہیں: آپ کی رائے کے جواب یہاں آئیں گے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" line="16" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>اگر آپ خطرے میں ہیں یا ابھی مدد چاہیے تو آپ اکیلے نہیں ہیں۔ ڈیسک پر موجود رضاکار فون کرنے میں آپ کی مدد کر سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" line="18" />
            <location filename="../../kiosk/printing/slips.py" line="29" />
            <source>These phone and text services answer in English.</source>
            <translation>یہ فون اور میسج سروسز انگریزی میں جواب دیتی ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="16" />
            <source>Your place is booked.</source>
            <translation>آپ کی جگہ بک ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="17" />
            <location filename="../../kiosk/printing/slips.py" line="131" />
            <source>You came to this session. Thank you!</source>
            <translation>آپ اس سیشن میں آئے۔ شکریہ!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="18" />
            <source>This session has happened.</source>
            <translation>یہ سیشن ہو چکا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="24" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="15" />
            <source>My booking</source>
            <translation>میری بکنگ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="32" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>اپنا بکنگ نمبر لکھیں، یا اپنی پرچی کا QR کوڈ اسکینر کے سامنے رکھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="36" />
            <source>Booking reference</source>
            <translation>بکنگ نمبر</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="44" />
            <source>Find my booking</source>
            <translation>میری بکنگ تلاش کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="57" />
            <source>Cancel this booking</source>
            <translation>یہ بکنگ منسوخ کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="59" />
            <source>Yes, cancel it</source>
            <translation>جی ہاں، منسوخ کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="61" />
            <source>No, keep it</source>
            <translation>نہیں، رہنے دیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="63" />
            <source>Look up another</source>
            <translation>کوئی اور تلاش کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="100" />
            <location filename="../../kiosk/printing/slips.py" line="145" />
            <source>You are number {position} on the waiting list.</source>
            <translation>انتظار کی فہرست میں آپ کا نمبر {position} ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="102" />
            <source>This booking is cancelled.</source>
            <translation>یہ بکنگ منسوخ ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="105" />
            <location filename="../../kiosk/printing/slips.py" line="108" />
            <source>For {party} people.</source>
            <translation>افراد کی تعداد: {party}۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="109" />
            <source>Booking {reference}</source>
            <translation>بکنگ {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="114" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>کیا آپ یہ بکنگ منسوخ کرنا چاہتے ہیں؟ آپ کی جگہ انتظار کی فہرست میں کسی اور کو مل جائے گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" line="122" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>آپ کی بکنگ منسوخ ہو گئی۔ بتانے کا شکریہ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="14" />
            <location filename="../../kiosk/views/visitor/welcome.py" line="17" />
            <source>Have your say</source>
            <translation>اپنی رائے دیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="17" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>ووٹ دینے کے لیے کسی جواب کو چھوئیں۔ ووٹ گمنام ہیں: ہم صرف تاریخ اور جواب رکھتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="30" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>ابھی جواب دینے کے لیے کوئی سوال نہیں ہے۔ دیکھنے کا شکریہ!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="43" />
            <source>Thank you for voting.</source>
            <translation>ووٹ دینے کا شکریہ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="68" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>نتیجے تب دکھائے جاتے ہیں جب کم از کم {count} افراد ووٹ دے دیں، تاکہ کسی کا جواب پہچانا نہ جا سکے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="70" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 ووٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="70" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: {votes} ووٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" line="72" />
            <source>{votes} votes so far.</source>
            <translation>اب تک {votes} ووٹ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="16" />
            <source>About this session</source>
            <translation>اس سیشن کے بارے میں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="54" />
            <source>Where: {place}</source>
            <translation>کہاں: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="54" />
            <source>to be confirmed</source>
            <translation>ابھی طے ہونا ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="57" />
            <location filename="../../kiosk/printing/slips.py" line="113" />
            <source>What to bring: {things}</source>
            <translation>ساتھ کیا لائیں: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" line="59" />
            <source>Access: {notes}</source>
            <translation>رسائی: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="14" />
            <source>What's on
&amp; book</source>
            <translation>پروگرام
اور بکنگ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="24" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>آپ نے کہا: ”{you_said}“
ہم نے کیا: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="29" />
            <source>Welcome. What would you like to do?</source>
            <translation>خوش آمدید۔ آپ کیا کرنا چاہیں گے؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="43" />
            <source>Today</source>
            <translation>آج</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" line="66" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>آج مزید کوئی سیشن نہیں۔ ہفتہ دیکھنے کے لیے ”پروگرام“ کو چھوئیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="20" />
            <source>What's on this week and next</source>
            <translation>اس ہفتے اور اگلے ہفتے کے پروگرام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="41" />
            <source>Everything</source>
            <translation>سب کچھ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="54" />
            <location filename="../../kiosk/views/widgets/session_list.py" line="100" />
            <source>Next week</source>
            <translation>اگلا ہفتہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" line="60" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>اگلے دو ہفتوں میں ایسا کچھ نہیں ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" line="89" />
            <source>Fewer</source>
            <translation>کم</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" line="89" />
            <source>More</source>
            <translation>زیادہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="22" />
            <source>On-screen keyboard</source>
            <translation>اسکرین کی بورڈ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="34" />
            <location filename="../../kiosk/views/widgets/keyboard.py" line="64" />
            <source>More letters</source>
            <translation>مزید حروف</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="35" />
            <source>Capital letter</source>
            <translation>بڑا حرف</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="36" />
            <source>Space</source>
            <translation>خالی جگہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="37" />
            <location filename="../../kiosk/views/widgets/keypad.py" line="30" />
            <location filename="../../kiosk/views/widgets/keypad.py" line="30" />
            <source>Delete</source>
            <translation>مٹائیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="63" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" line="64" />
            <source>Back to letters</source>
            <translation>حروف پر واپس</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" line="31" />
            <source>Clear</source>
            <translation>صاف کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="67" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}، {time}، {place}۔ {places}۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="69" />
            <location filename="../../kiosk/views/widgets/session_list.py" line="129" />
            <source>Place to be confirmed</source>
            <translation>جگہ ابھی طے ہونی ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="131" />
            <source>Bring: {things}</source>
            <translation>ساتھ لائیں: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" line="151" />
            <source>Sessions</source>
            <translation>سیشن</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="51" />
            <source>A session</source>
            <translation>ایک سیشن</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="52" />
            <source>Dropping in</source>
            <translation>بس ملنے آیا ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="53" />
            <source>To talk to someone</source>
            <translation>کسی سے بات کرنے</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="54" />
            <source>Family support</source>
            <translation>گھر والوں کے لیے مدد</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="55" />
            <source>An appointment</source>
            <translation>پہلے سے طے ملاقات</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" line="56" />
            <source>Something else</source>
            <translation>کچھ اور</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="26" />
            <source>{start} to {end}</source>
            <translation>{start} سے {end}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="34" />
            <source>{weekday} {day} {month}</source>
            <translation>{weekday}، {day} {month}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="37" />
            <source>Today, {date}</source>
            <translation>آج، {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="39" />
            <source>Tomorrow, {date}</source>
            <translation>کل، {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="56" />
            <source>Cancelled: {reason}</source>
            <translation>منسوخ: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="57" />
            <source>Cancelled</source>
            <translation>منسوخ</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="60" />
            <source>Full — join the waiting list</source>
            <translation>جگہ نہیں — انتظار کی فہرست میں شامل ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="62" />
            <source>1 place left</source>
            <translation>1 جگہ باقی ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" line="63" />
            <source>{count} places left</source>
            <translation>باقی جگہیں: {count}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="44" />
            <source>Booking {reference} at {hub}</source>
            <translation>بکنگ {reference}، {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="46" />
            <source>Booking slip</source>
            <translation>بکنگ کی پرچی</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="54" />
            <source>Help, any time: {hub}</source>
            <translation>مدد، کسی بھی وقت: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="55" />
            <source>Crisis contacts</source>
            <translation>بحران میں رابطے</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="106" />
            <source>This session is cancelled.</source>
            <translation>یہ سیشن منسوخ ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="116" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>دیکھنے یا منسوخ کرنے کے لیے کیوسک پر ”میری بکنگ“ کو چھوئیں، پھر اس پرچی کا کوڈ اسکین کریں یا نمبر لکھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="119" />
            <source>Questions? Call {phone}</source>
            <translation>سوال؟ کال کریں: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="127" />
            <source>Your place is booked</source>
            <translation>آپ کی جگہ بک ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="128" />
            <source>You are on the waiting list</source>
            <translation>آپ انتظار کی فہرست میں ہیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="130" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>منسوخ: یہ بکنگ منسوخ ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="132" />
            <source>This booking was not used</source>
            <translation>یہ بکنگ استعمال نہیں ہوئی</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="141" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>اگر کوئی جگہ خالی ہو تو وہ انتظار کرنے والے اگلے فرد کو ملتی ہے: کیوسک پر ”میری بکنگ“ میں دیکھیں یا استقبالیہ پر پوچھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="151" />
            <source>Your booking reference</source>
            <translation>آپ کا بکنگ نمبر</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="174" />
            <source>Help, any time</source>
            <translation>مدد، کسی بھی وقت</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="175" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>آپ اکیلے نہیں ہیں۔ یہ سروسز مفت ہیں اور آپ کی بات سنیں گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="185" />
            <source>If someone is in danger now, call 999.</source>
            <translation>اگر کوئی ابھی خطرے میں ہے تو 999 پر کال کریں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="189" />
            <source>Call us: {phone}</source>
            <translation>ہمیں کال کریں: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" line="200" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>پرنٹ ہوا: {date} {year}، {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="18" />
            <source>Call 999</source>
            <translation>999 پر کال کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="19" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>111 پر کال کریں اور ذہنی صحت کے بحران کے لیے 2 چنیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="20" />
            <source>Call 116 123, free, day or night</source>
            <translation>116 123 پر کال کریں، مفت، دن ہو یا رات</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="21" />
            <source>Text SHOUT to 85258</source>
            <translation>85258 پر SHOUT لکھ کر میسج بھیجیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="22" />
            <source>Call 0300 123 6600</source>
            <translation>0300 123 6600 پر کال کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" line="23" />
            <source>Call 0300 123 1110</source>
            <translation>0300 123 1110 پر کال کریں</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">معاف کیجیے، دستاویز نہیں بن سکی۔ براہ کرم کسی رضاکار سے پوچھیں۔</translation>
        </message>
        <message>
            <source>When you leave, tap “I'm leaving” and type this number.</source>
            <translation type="vanished">جاتے وقت ”میں جا رہا ہوں“ کو چھوئیں اور یہ نمبر لکھیں۔</translation>
        </message>
        <message>
            <source>Type the number you were given when you checked in.</source>
            <translation type="vanished">وہ نمبر لکھیں جو آپ کو حاضری لگاتے وقت ملا تھا۔</translation>
        </message>
        <message>
            <source>Your number today</source>
            <translation type="vanished">آج آپ کا نمبر</translation>
        </message>
        <message>
            <source>Please type your number, like 27.</source>
            <translation type="vanished">براہ کرم اپنا نمبر لکھیں، جیسے 27۔</translation>
        </message>
    </context>
</TS>
