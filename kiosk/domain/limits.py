"""The kiosk's fixed limits, shared by the rules that enforce them and the screens that offer them."""

#: the largest party one booking may hold (the booker included)
MAX_PARTY = 6
#: a staff PIN is this many digits, from the first to the second
PIN_MIN, PIN_MAX = 6, 12
#: a poll offers from the first to the second number of answers
MIN_OPTIONS, MAX_OPTIONS = 2, 6
