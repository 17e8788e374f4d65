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
            <location filename="../../kiosk/views/chrome.py" />
            <source>Normal text</source>
            <translation>عام تحریر</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Larger text</source>
            <translation>بڑی تحریر</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Largest text</source>
            <translation>سب سے بڑی تحریر</translation>
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
            <translation>مرکز کا لوگو</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Language: {language}. Tap to choose another.</source>
            <translation>زبان: {language}۔ دوسری زبان چننے کے لیے چھوئیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Contrast</source>
            <translation>کنٹراسٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>High contrast</source>
            <translation>زیادہ کنٹراسٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read aloud</source>
            <translation>بول کر پڑھیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Read this screen aloud</source>
            <translation>یہ اسکرین بول کر پڑھیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Back</source>
            <translation>واپس</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <source>Start again</source>
            <translation>دوبارہ شروع کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/chrome.py" />
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>Help now</source>
            <translation>ابھی مدد</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/i18n.py" />
            <source>dddd d MMMM</source>
            <translation>dddd، d MMMM</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Are you still there?</source>
            <translation>کیا آپ ابھی یہیں ہیں؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>Yes, I'm still here</source>
            <translation>جی ہاں، میں یہیں ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/idle.py" />
            <source>To keep your details private, the screen goes back to the start in {seconds} seconds.</source>
            <translation>آپ کی معلومات کو محفوظ رکھنے کے لیے اسکرین {seconds} سیکنڈ میں شروع پر واپس چلی جائے گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Choose your language</source>
            <translation>اپنی زبان چنیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/language_chooser.py" />
            <source>Close</source>
            <translation>بند کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/main_window.py" />
            <source>Please ask a volunteer for help.</source>
            <translation>براہ کرم کسی رضاکار سے مدد مانگیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>This kiosk repaired its data</source>
            <translation>اس کیوسک نے اپنا ڈیٹا ٹھیک کر لیا ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>If you came to check in or book, please ask at the desk: a volunteer can help you now.</source>
            <translation>اگر آپ حاضری لگانے یا جگہ بک کرنے آئے ہیں تو براہ کرم ڈیسک پر پوچھیں: ایک رضاکار ابھی آپ کی مدد کر سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Continue</source>
            <translation>جاری رکھیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/maintenance.py" />
            <source>Getting things ready…</source>
            <translation>تیاری ہو رہی ہے…</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Sorry, something went wrong. Please try again, or ask a volunteer.</source>
            <translation>معاف کیجیے، کچھ غلط ہو گیا۔ دوبارہ کوشش کریں یا کسی رضاکار سے پوچھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/page.py" />
            <source>Message</source>
            <translation>پیغام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>Your slip is printing. Please collect it from the printer.</source>
            <translation>آپ کی پرچی پرنٹ ہو رہی ہے۔ براہ کرم پرنٹر سے لے لیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The register is printing.</source>
            <translation>حاضری کی فہرست پرنٹ ہو رہی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/print_jobs.py" />
            <source>The fire register is printing.</source>
            <translation>آگ سے بچاؤ کی فہرست پرنٹ ہو رہی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>We keep your name for {days} days, only so the volunteers know who is coming.</source>
            <translation>ہم آپ کا نام {days} دن رکھتے ہیں، صرف اس لیے کہ رضاکاروں کو معلوم ہو کہ کون آ رہا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Book a place</source>
            <translation>جگہ بک کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your first name or a nickname</source>
            <translation>آپ کا پہلا نام یا کوئی عرفی نام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>How many people, including you?</source>
            <translation>آپ سمیت کتنے افراد؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>people</source>
            <translation>افراد</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Book my place</source>
            <translation>میری جگہ بک کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Join the waiting list</source>
            <translation>انتظار کی فہرست میں شامل ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're booked</source>
            <translation>آپ کی جگہ بک ہو گئی</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Your booking reference is</source>
            <translation>آپ کا بکنگ نمبر یہ ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Write it down or take a photo of it. You need it to see or cancel your booking.</source>
            <translation>اسے لکھ لیں یا اس کی تصویر لے لیں۔ اپنی بکنگ دیکھنے یا منسوخ کرنے کے لیے اس کی ضرورت ہو گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>QR code of your booking reference</source>
            <translation>آپ کے بکنگ نمبر کا QR کوڈ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Print my slip</source>
            <translation>میری پرچی پرنٹ کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Done</source>
            <translation>ہو گیا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>You're on the waiting list</source>
            <translation>آپ انتظار کی فہرست میں ہیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. You are number {position} on the waiting list. We will give you a place if one comes free.</source>
            <translation>شکریہ، {name}۔ انتظار کی فہرست میں آپ کا نمبر {position} ہے۔ اگر کوئی جگہ خالی ہوئی تو ہم آپ کو دیں گے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked for {party} people.</source>
            <translation>شکریہ، {name}۔ آپ کی جگہ بک ہو گئی ہے۔ افراد کی تعداد: {party}۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/book.py" />
            <source>Thank you, {name}. Your place is booked.</source>
            <translation>شکریہ، {name}۔ آپ کی جگہ بک ہو گئی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Check in</source>
            <translation>حاضری لگائیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Everything here is optional. Skip anything you like.</source>
            <translation>یہاں سب کچھ اختیاری ہے۔ جو چاہیں چھوڑ دیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First part of your postcode, like CM1</source>
            <translation>آپ کے پوسٹ کوڈ کا پہلا حصہ، جیسے CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Yes, first time</source>
            <translation>جی ہاں، پہلی بار</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>I've been before</source>
            <translation>میں پہلے آ چکا ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>family members with you</source>
            <translation>آپ کے ساتھ گھر والے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First name or nickname</source>
            <translation>پہلا نام یا عرفی نام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Postcode area, like CM1</source>
            <translation>پوسٹ کوڈ کا علاقہ، جیسے CM1</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>What brings you in?</source>
            <translation>آپ کس لیے آئے ہیں؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>First time here?</source>
            <translation>کیا پہلی بار آئے ہیں؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Family with you</source>
            <translation>ساتھ آئے گھر والے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Why we ask: it shows funders which areas we reach. We only keep this first part.</source>
            <translation>ہم کیوں پوچھتے ہیں: اس سے فنڈ دینے والوں کو پتا چلتا ہے کہ ہم کن علاقوں تک پہنچتے ہیں۔ ہم صرف یہ پہلا حصہ رکھتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me in</source>
            <translation>میری حاضری لگائیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>You're checked in</source>
            <translation>آپ کی حاضری لگ گئی</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your leaving code</source>
            <translation>آپ کا جانے کا کوڈ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Your number today is</source>
            <translation>آج آپ کا نمبر یہ ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>When you leave, tap “I'm leaving” and type this code. Only you have it, so nobody else can check you out.</source>
            <translation>جاتے وقت ”میں جا رہا ہوں“ کو چھوئیں اور یہ کوڈ لکھیں۔ یہ صرف آپ کے پاس ہے، اس لیے کوئی اور آپ کی روانگی درج نہیں کر سکتا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome, {name}. It's good to see you.</source>
            <translation>خوش آمدید، {name}۔ آپ کو دیکھ کر خوشی ہوئی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Welcome. It's good to see you.</source>
            <translation>خوش آمدید۔ آپ کو دیکھ کر خوشی ہوئی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>I'm leaving</source>
            <translation>میں جا رہا ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Type the leaving code you were given when you checked in.</source>
            <translation>جانے کا وہ کوڈ لکھیں جو آپ کو حاضری لگاتے وقت ملا تھا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Check me out</source>
            <translation>میری روانگی درج کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/check_in.py" />
            <source>Thank you for coming. Take care, and see you soon.</source>
            <translation>آنے کا شکریہ۔ اپنا خیال رکھیں، پھر ملیں گے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very bad</source>
            <translation>بہت برا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Bad</source>
            <translation>برا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>OK</source>
            <translation>ٹھیک</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Good</source>
            <translation>اچھا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Very good</source>
            <translation>بہت اچھا</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anonymous: we keep only the date, your rating and your words.</source>
            <translation>گمنام: ہم صرف تاریخ، آپ کی رائے کا درجہ اور آپ کے الفاظ رکھتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Your feedback</source>
            <translation>آپ کی رائے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>How was it?</source>
            <translation>کیسا رہا؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>{words} ({rating} out of 5)</source>
            <translation>{words} (5 میں سے {rating})</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Which activity is it about? (you can leave this)</source>
            <translation>یہ کس سرگرمی کے بارے میں ہے؟ (آپ اسے چھوڑ سکتے ہیں)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Anything you'd like to tell us? (up to {count} characters)</source>
            <translation>کیا آپ ہمیں کچھ بتانا چاہتے ہیں؟ (زیادہ سے زیادہ {count} حروف)</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Your comment</source>
            <translation>آپ کا تبصرہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Send my feedback</source>
            <translation>میری رائے بھیجیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Please tap a face to say how it was.</source>
            <translation>براہ کرم کسی چہرے کو چھو کر بتائیں کہ کیسا رہا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Thank you for your feedback</source>
            <translation>آپ کی رائے کا شکریہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Every comment is read by the hub team. Here is what we did with some of what you told us:</source>
            <translation>مرکز کی ٹیم ہر تبصرہ پڑھتی ہے۔ آپ کی کچھ باتوں پر ہم نے یہ کیا:</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/feedback.py" />
            <source>Watch this space: answers to your feedback appear here.</source>
            <translation>یہاں دیکھتے رہیں: آپ کی رائے کے جواب یہاں آئیں گے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <source>If you are in danger or need help now, you are not alone. A volunteer at the desk can help you call.</source>
            <translation>اگر آپ خطرے میں ہیں یا ابھی مدد چاہیے تو آپ اکیلے نہیں ہیں۔ ڈیسک پر موجود رضاکار فون کرنے میں آپ کی مدد کر سکتا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/help_now.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>These phone and text services answer in English.</source>
            <translation>یہ فون اور میسج سروسز انگریزی میں جواب دیتی ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your place is booked.</source>
            <translation>آپ کی جگہ بک ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You came to this session. Thank you!</source>
            <translation>آپ اس سیشن میں آئے۔ شکریہ!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This session has happened.</source>
            <translation>یہ سیشن ہو چکا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>My booking</source>
            <translation>میری بکنگ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Type your booking reference, or hold your slip's QR code to the scanner.</source>
            <translation>اپنا بکنگ نمبر لکھیں، یا اپنی پرچی کا QR کوڈ اسکینر کے سامنے رکھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking reference</source>
            <translation>بکنگ نمبر</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Find my booking</source>
            <translation>میری بکنگ تلاش کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Cancel this booking</source>
            <translation>یہ بکنگ منسوخ کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Yes, cancel it</source>
            <translation>جی ہاں، منسوخ کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>No, keep it</source>
            <translation>نہیں، رہنے دیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Look up another</source>
            <translation>کوئی اور تلاش کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are number {position} on the waiting list.</source>
            <translation>انتظار کی فہرست میں آپ کا نمبر {position} ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>This booking is cancelled.</source>
            <translation>یہ بکنگ منسوخ ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>For {party} people.</source>
            <translation>افراد کی تعداد: {party}۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Booking {reference}</source>
            <translation>بکنگ {reference}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Do you want to cancel this booking? Your place will go to someone on the waiting list.</source>
            <translation>کیا آپ یہ بکنگ منسوخ کرنا چاہتے ہیں؟ آپ کی جگہ انتظار کی فہرست میں کسی اور کو مل جائے گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/my_booking.py" />
            <source>Your booking is cancelled. Thank you for letting us know.</source>
            <translation>آپ کی بکنگ منسوخ ہو گئی۔ بتانے کا شکریہ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Have your say</source>
            <translation>اپنی رائے دیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Tap an answer to vote. Votes are anonymous: we keep only the date and the answer.</source>
            <translation>ووٹ دینے کے لیے کسی جواب کو چھوئیں۔ ووٹ گمنام ہیں: ہم صرف تاریخ اور جواب رکھتے ہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>There are no questions to answer just now. Thank you for looking!</source>
            <translation>ابھی جواب دینے کے لیے کوئی سوال نہیں ہے۔ دیکھنے کا شکریہ!</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Thank you for voting.</source>
            <translation>ووٹ دینے کا شکریہ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>Results show once {count} or more people have voted, so nobody's answer can be picked out.</source>
            <translation>نتیجے تب دکھائے جاتے ہیں جب کم از کم {count} افراد ووٹ دے دیں، تاکہ کسی کا جواب پہچانا نہ جا سکے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: 1 vote</source>
            <translation>{answer}: 1 ووٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{answer}: {votes} votes</source>
            <translation>{answer}: {votes} ووٹ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/polls.py" />
            <source>{votes} votes so far.</source>
            <translation>اب تک {votes} ووٹ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>About this session</source>
            <translation>اس سیشن کے بارے میں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Where: {place}</source>
            <translation>کہاں: {place}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>to be confirmed</source>
            <translation>ابھی طے ہونا ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <location filename="../../kiosk/printing/slips.py" />
            <source>What to bring: {things}</source>
            <translation>ساتھ کیا لائیں: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/session_detail.py" />
            <source>Access: {notes}</source>
            <translation>رسائی: {notes}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>What's on
&amp; book</source>
            <translation>پروگرام
اور بکنگ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>You said: “{you_said}”
We did: {we_did}</source>
            <translation>آپ نے کہا: ”{you_said}“
ہم نے کیا: {we_did}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Welcome. What would you like to do?</source>
            <translation>خوش آمدید۔ آپ کیا کرنا چاہیں گے؟</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>Today</source>
            <translation>آج</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/welcome.py" />
            <source>No more sessions today. Tap What's on to see the week.</source>
            <translation>آج مزید کوئی سیشن نہیں۔ ہفتہ دیکھنے کے لیے ”پروگرام“ کو چھوئیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>What's on this week and next</source>
            <translation>اس ہفتے اور اگلے ہفتے کے پروگرام</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Everything</source>
            <translation>سب کچھ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Next week</source>
            <translation>اگلا ہفتہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/visitor/whats_on.py" />
            <source>Nothing like that is on in the next two weeks.</source>
            <translation>اگلے دو ہفتوں میں ایسا کچھ نہیں ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>Fewer</source>
            <translation>کم</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/choices.py" />
            <source>More</source>
            <translation>زیادہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>On-screen keyboard</source>
            <translation>اسکرین کی بورڈ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>More letters</source>
            <translation>مزید حروف</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Capital letter</source>
            <translation>بڑا حرف</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Space</source>
            <translation>خالی جگہ</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Delete</source>
            <translation>مٹائیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>ABC</source>
            <translation>ABC</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keyboard.py" />
            <source>Back to letters</source>
            <translation>حروف پر واپس</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/keypad.py" />
            <source>Clear</source>
            <translation>صاف کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>{activity}, {time}, {place}. {places}.</source>
            <translation>{activity}، {time}، {place}۔ {places}۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Place to be confirmed</source>
            <translation>جگہ ابھی طے ہونی ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Bring: {things}</source>
            <translation>ساتھ لائیں: {things}</translation>
        </message>
        <message>
            <location filename="../../kiosk/views/widgets/session_list.py" />
            <source>Sessions</source>
            <translation>سیشن</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>A session</source>
            <translation>ایک سیشن</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Dropping in</source>
            <translation>بس ملنے آیا ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>To talk to someone</source>
            <translation>بات کرنے</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Family support</source>
            <translation>خاندانی مدد</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>An appointment</source>
            <translation>طے شدہ ملاقات</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/enums.py" />
            <source>Something else</source>
            <translation>کچھ اور</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1. We never keep a full postcode.</source>
            <translation>براہ کرم اپنے پوسٹ کوڈ کا صرف پہلا حصہ لکھیں، جیسے CM1۔ ہم پورا پوسٹ کوڈ کبھی نہیں رکھتے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>Please give only the first part of your postcode, like CM1 or SS14, without the part after the space.</source>
            <translation>براہ کرم اپنے پوسٹ کوڈ کا صرف پہلا حصہ لکھیں، جیسے CM1 یا SS14، خالی جگہ کے بعد والا حصہ نہیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/postcode.py" />
            <source>That does not look like the first part of a postcode, like CM1 or SS14.</source>
            <translation>یہ پوسٹ کوڈ کا پہلا حصہ نہیں لگتا، جیسے CM1 یا SS14۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/refcode.py" />
            <source>A booking reference has {length} letters and numbers, like {example}. Please check it and try again.</source>
            <translation>بکنگ نمبر میں {length} حروف اور ہندسے ہوتے ہیں، جیسے {example}۔ براہ کرم دیکھ کر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please use at least one letter in the name.</source>
            <translation>براہ کرم نام میں کم از کم ایک حرف لکھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/text.py" />
            <source>Please give a first name or a nickname.</source>
            <translation>براہ کرم پہلا نام یا عرفی نام لکھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{start} to {end}</source>
            <translation>{start} سے {end}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{weekday} {day} {month}</source>
            <translation>{weekday}، {day} {month}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Today, {date}</source>
            <translation>آج، {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Tomorrow, {date}</source>
            <translation>کل، {date}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled: {reason}</source>
            <translation>منسوخ: {reason}</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Cancelled</source>
            <translation>منسوخ</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>Full — join the waiting list</source>
            <translation>جگہ نہیں — انتظار کی فہرست میں شامل ہوں</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>1 place left</source>
            <translation>1 جگہ باقی ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/domain/wording.py" />
            <source>{count} places left</source>
            <translation>باقی جگہیں: {count}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking {reference} at {hub}</source>
            <translation>بکنگ {reference}، {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Booking slip</source>
            <translation>بکنگ کی پرچی</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time: {hub}</source>
            <translation>مدد، کسی بھی وقت: {hub}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Crisis contacts</source>
            <translation>بحران میں رابطے</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This session is cancelled.</source>
            <translation>یہ سیشن منسوخ ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>To check or cancel, tap My booking at the kiosk, then scan the code on this slip or type the reference.</source>
            <translation>دیکھنے یا منسوخ کرنے کے لیے کیوسک پر ”میری بکنگ“ کو چھوئیں، پھر اس پرچی کا کوڈ اسکین کریں یا نمبر لکھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Questions? Call {phone}</source>
            <translation>سوال؟ کال کریں: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your place is booked</source>
            <translation>آپ کی جگہ بک ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are on the waiting list</source>
            <translation>آپ انتظار کی فہرست میں ہیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>CANCELLED: this booking is cancelled</source>
            <translation>منسوخ: یہ بکنگ منسوخ ہے</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>This booking was not used</source>
            <translation>یہ بکنگ استعمال نہیں ہوئی</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If a place comes free it goes to the next person waiting: check with My booking at the kiosk, or ask at reception.</source>
            <translation>اگر کوئی جگہ خالی ہو تو وہ انتظار کرنے والے اگلے فرد کو ملتی ہے: کیوسک پر ”میری بکنگ“ میں دیکھیں یا استقبالیہ پر پوچھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Your booking reference</source>
            <translation>آپ کا بکنگ نمبر</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Help, any time</source>
            <translation>مدد، کسی بھی وقت</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>You are not alone. These services are free and will listen.</source>
            <translation>آپ اکیلے نہیں ہیں۔ یہ سروسز مفت ہیں اور آپ کی بات سنیں گی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>If someone is in danger now, call 999.</source>
            <translation>اگر کوئی ابھی خطرے میں ہے تو 999 پر کال کریں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Call us: {phone}</source>
            <translation>ہمیں کال کریں: {phone}</translation>
        </message>
        <message>
            <location filename="../../kiosk/printing/slips.py" />
            <source>Printed on {date} {year} at {time}</source>
            <translation>پرنٹ ہوا: {date} {year}، {time}</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>A booking is for 1 to {most} people.</source>
            <translation>ایک بکنگ 1 سے {most} افراد کے لیے ہوتی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>That session does not exist.</source>
            <translation>یہ سیشن موجود نہیں ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has {capacity} places in all, so a group of {party} cannot book it. Please ask a volunteer.</source>
            <translation>اس سیشن میں کل {capacity} جگہیں ہیں، اس لیے {party} افراد کا گروپ اسے بک نہیں کر سکتا۔ براہ کرم کسی رضاکار سے پوچھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This booking is already cancelled.</source>
            <translation>یہ بکنگ پہلے ہی منسوخ ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already happened, so the booking cannot be cancelled.</source>
            <translation>یہ سیشن ہو چکا ہے، اس لیے بکنگ منسوخ نہیں ہو سکتی۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>This session has already finished.</source>
            <translation>یہ سیشن ختم ہو چکا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled ({reason}).</source>
            <translation>معاف کیجیے، یہ سیشن منسوخ ہو گیا ہے ({reason})۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has been cancelled.</source>
            <translation>معاف کیجیے، یہ سیشن منسوخ ہو گیا ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>Sorry, this session has already started, so it cannot be booked.</source>
            <translation>معاف کیجیے، یہ سیشن شروع ہو چکا ہے، اس لیے اسے بک نہیں کیا جا سکتا۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/booking.py" />
            <source>We could not find a booking with that reference. Please check it and try again.</source>
            <translation>اس نمبر کی کوئی بکنگ نہیں ملی۔ براہ کرم دیکھ کر دوبارہ کوشش کریں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — confirmed when the kiosk reconnects</source>
            <translation>عارضی — کیوسک دوبارہ جڑنے پر تصدیق ہو گی</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/decisions.py" />
            <source>Provisional — your place on the waiting list is checked when the kiosk reconnects</source>
            <translation>عارضی — انتظار کی فہرست میں آپ کی جگہ کیوسک دوبارہ جڑنے پر دیکھی جائے گی</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>Please choose a rating from 1 to 5.</source>
            <translation>براہ کرم 1 سے 5 تک کوئی درجہ چنیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/feedback.py" />
            <source>That activity does not exist.</source>
            <translation>یہ سرگرمی موجود نہیں ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>This poll has closed. Thank you all the same.</source>
            <translation>یہ رائے شماری بند ہو چکی ہے۔ پھر بھی شکریہ۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/polls.py" />
            <source>That answer is not part of this poll.</source>
            <translation>یہ جواب اس رائے شماری کا حصہ نہیں ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 999</source>
            <translation>999 پر کال کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 111 and choose option 2 for mental health crisis</source>
            <translation>111 پر کال کریں اور ذہنی صحت کے بحران کے لیے 2 چنیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 116 123, free, day or night</source>
            <translation>116 123 پر کال کریں، مفت، دن ہو یا رات</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Text SHOUT to 85258</source>
            <translation>85258 پر SHOUT لکھ کر میسج بھیجیں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 6600</source>
            <translation>0300 123 6600 پر کال کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/read_models.py" />
            <source>Call 0300 123 1110</source>
            <translation>0300 123 1110 پر کال کریں</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Family members with you: a number from 0 to {most}.</source>
            <translation>آپ کے ساتھ گھر والے: 0 سے {most} تک کوئی عدد۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That visitor has already checked out.</source>
            <translation>اس فرد کی روانگی پہلے ہی درج ہو چکی ہے۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>Too many wrong codes. Please wait {seconds} seconds, or ask a volunteer.</source>
            <translation>بہت زیادہ غلط کوڈ۔ براہ کرم {seconds} سیکنڈ انتظار کریں یا کسی رضاکار سے پوچھیں۔</translation>
        </message>
        <message>
            <location filename="../../kiosk/services/visits.py" />
            <source>That code is not right, or you have already checked out. Please check the code, or ask a volunteer.</source>
            <translation>یہ کوڈ درست نہیں، یا آپ کی روانگی پہلے ہی درج ہو چکی ہے۔ براہ کرم کوڈ دیکھیں یا کسی رضاکار سے پوچھیں۔</translation>
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
        <message>
            <source>Nobody with number {number} is checked in today. Please check the number, or ask a volunteer.</source>
            <translation type="vanished">آج نمبر {number} والے کسی کی حاضری نہیں لگی۔ براہ کرم نمبر دیکھیں یا کسی رضاکار سے پوچھیں۔</translation>
        </message>
        <message>
            <source>Sorry, the document could not be made. Please ask a volunteer.</source>
            <translation type="vanished">معاف کیجیے، دستاویز نہیں بن سکی۔ براہ کرم کسی رضاکار سے پوچھیں۔</translation>
        </message>
    </context>
</TS>
