"""Language data shipped with translator_gui (SRX rules, termbase, check patterns)."""
