"""Domain layer: plain records, enums, rules and errors shared by every other layer."""
