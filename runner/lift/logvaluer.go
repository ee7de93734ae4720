package lift

import "log/slog"

// logValuer is a value of a script's type with a LogValue method, as slog
// sees it: its method, which the interpreter does not give slog.
type logValuer func() slog.Value

// LogValue calls the script's method.
func (f logValuer) LogValue() slog.Value { return f() }

// LogValuer hands slog, in place of a value of a script's type, a value
// whose LogValue is the value's own method (logValue, the method value
// taken where the value is handed over, as Go copies the value then): the
// interpreter hands compiled slog the value without the script's methods,
// and slog printed its fields where Go calls LogValue when a handler
// resolves it. Rewritten source calls it (pass logvaluer).
func LogValuer(logValue func() slog.Value) slog.LogValuer { return logValuer(logValue) }
