// Intentionally empty: this module only links ICU. ICU's headers are included by the
// C bridge (ICUBridge) alone, never by Swift, because Foundation ships its own ICU copy
// whose declarations clash with the system headers.
