"""Values the large-data generator draws from, shaped like a busy Essex recovery hub's records."""

from datetime import time

# (name, colour, icon, description, what to bring, accessibility, capacities, minutes, places)
ACTIVITIES = [
    ("Walk and talk", "#2E6B30", "walk",
     "A gentle walk along the river with people who understand. Talk, or just walk.",
     "Comfortable shoes and a coat.", "Flat, paved path at the slowest walker's pace.",
     (10, 12, 15), (60, 90), ("Meet at the front door", "Meet by the café in the park")),
    ("Yoga", "#6A2C70", "yoga", "Slow, calm stretching and breathing. No experience needed.",
     "Loose clothes. Mats are provided.", "Chair yoga is offered; step-free hall.",
     (8, 10, 12), (60,), ("Main hall",)),
    ("Poetry workshop", "#283593", "poetry",
     "Read, listen and write a few lines together. Nobody has to share.",
     "Nothing: paper and pens are here.", "Large-print handouts.", (8, 10), (90,), ("Quiet room",)),
    ("Family group", "#8A4B08", "family",
     "For family members and friends of people in recovery, with a cuppa.", "Nothing.",
     "Children's corner. Step-free access.", (10, 12), (120,), ("Family room",)),
    ("Peer support", "#00695C", "peer", "A circle led by people with lived experience of recovery.",
     "Nothing.", "Quiet room; hearing loop fitted.", (12, 15, 20), (90,), ("The lounge",)),
    ("Creative writing", "#8E2453", "writing",
     "Short stories, letters, lyrics: write about anything, at your own pace.",
     "A notebook if you have one.", "Large-print paper.", (8, 10), (120,), ("Quiet room",)),
    ("Mindfulness", "#0B5563", "leaf", "Ten quiet minutes, then a short guided practice.",
     "Nothing.", "Chairs or cushions, as you like.", (10, 12), (45, 60), ("Quiet room", "Main hall")),
    ("Cooking on a budget", "#5D4037", "pan", "Cook a healthy meal for under £2 a head, then eat together.",
     "An apron if you have one.", "Seated prep stations.", (6, 8), (120,), ("Kitchen",)),
    ("Art group", "#AD1457", "brush", "Paint, draw, make: no skill needed, just turn up.",
     "Old clothes.", "Step-free studio.", (8, 10, 12), (90, 120), ("Studio",)),
    ("Gardening club", "#33691E", "sprout", "Grow vegetables and flowers in the hub's garden.",
     "Boots or old shoes.", "Raised beds at wheelchair height.", (8, 10), (90,), ("The garden",)),
    ("SMART Recovery", "#1565C0", "compass", "A self-help meeting using practical tools for change.",
     "Nothing.", "Hearing loop fitted.", (12, 15), (90,), ("The lounge",)),
    ("Recovery café", "#4E342E", "cup", "Drop in for a coffee, a game and a chat.", "Nothing.",
     "Step-free access.", (20, 25), (120,), ("Café",)),
]

#: Local start times a timetable slot may use.
START_TIMES = [time(9, 30), time(10, 0), time(10, 30), time(11, 0), time(12, 30), time(13, 0),
               time(14, 0), time(15, 0), time(16, 0), time(17, 30), time(18, 0), time(18, 30),
               time(19, 0)]

FACILITATORS = ["Volunteer team", "Peer mentor team", "Hub staff", "Visiting tutor",
                "Family support worker", "Recovery coach"]

CANCEL_REASONS = ["The facilitator is unwell. Sorry!", "Heavy rain forecast, so the walk is off.",
                  "The hall is closed for repairs.", "Bank holiday: the hub is closed.",
                  "Staff training day.", "Not enough bookings this week."]

NOTES = [None, None, None, None, "Please arrive ten minutes early.", "New members welcome.",
         "Tea and biscuits afterwards.", "Bring a friend if you like."]

#: Postcode districts (outward codes only) around a Chelmsford hub, with weights.
DISTRICTS = ([("CM1", 30), ("CM2", 25), ("CM3", 10), ("CM4", 3), ("CM0", 2), ("CM6", 2),
              ("CM7", 4), ("CM8", 4), ("CM9", 4), ("CM11", 3), ("CM12", 3), ("CM13", 2),
              ("CM14", 2), ("CM15", 2), ("CM16", 1), ("CM77", 2)]
             + [(f"SS{n}", 2) for n in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17)]
             + [(f"CO{n}", 1) for n in range(1, 17)] + [("RM1", 1), ("IG1", 1), ("E15", 1)])

#: Visit reasons (kiosk.domain.enums.VisitReason values) with weights.
REASONS = [("session", 40), ("drop-in", 30), ("talk", 15), ("family", 7), ("appointment", 6),
           ("other", 2)]

#: First names and nicknames people give; only recent rows keep one (names expire after 30 days).
NAMES = ["Sam", "Alex P", "Łucja", "Siân", "Şükrü", "Mo", "Priya", "Dee", "Kez", "Tom", "Ade",
         "Bex", "Jo", "Chris", "Aisha", "Niamh", "Dan", "Rosa", "Wes", "Femi", "Zoë", "José",
         "Aoife", "Kamil", "Gosia", "Liam", "Ellie", "Marcus", "Shaz", "Big Dave", "Nan", "Tash",
         "Ravi", "Yusuf", "Kayleigh", "Terry", "Bo", "Mags", "Ollie", "Fatima", "Jay", "Lou"]

FEEDBACK_COMMENTS = [
    "The walk on Monday really helped. Thank you.", "Could we have yoga in the evening more often?",
    "The hall was cold today.", "Poetry group is the best part of my week.", "Staff are so kind.",
    "Hard to find out what is on at weekends.", "More seats in the lounge please.",
    "Love the family group.", "The kiosk was easy to use.", "Please bring back the art group.",
    "Felt welcome from the minute I walked in.", "Too noisy in the café at lunchtime.",
    "Could the garden club run in winter too?", "I came for the first time and nobody judged me.",
    "Cooking session was brilliant, took recipes home.", "Wish there was something on Sunday evenings.",
    "Thank you for the lift information.", "The text on the screen could be bigger.",
    "Peer support saved my week.", "Need more chairs at the SMART meeting.",
]

#: Ratings 1–5 with weights: most feedback is positive, some is not.
RATINGS = [(1, 3), (2, 4), (3, 10), (4, 30), (5, 53)]

VISITOR_CANCEL_REASON = "Cancelled by the visitor"
