package runner

import (
	"os"
	"time"

	"github.com/socklab/socklab/runner/hint"
	"github.com/spf13/pflag"
)

// hintFlags say when a script's stalled receives get a hint (see package
// hint), for run, watch and test.
type hintFlags struct {
	after time.Duration
	off   bool
}

// addHintFlags adds the hint flags to fs. Their default comes from the
// environment when it holds one (a socklab run inside socklab test takes
// the test's), else hint.DefaultAfter.
func addHintFlags(fs *pflag.FlagSet) *hintFlags {
	f := &hintFlags{after: hint.DefaultAfter}
	if v, ok := os.LookupEnv(hint.EnvAfter); ok {
		if d, err := hint.ParseAfter(v); err == nil {
			f.after, f.off = d, d == 0
		}
	}
	fs.DurationVar(&f.after, "stall-hint", f.after, "when a receive has waited `D` with part of a message, say which line waits, for what, and what has arrived")
	fs.BoolVar(&f.off, "no-stall-hint", f.off, "give no hints about stalled receives")
	return f
}

// value is the setting as hint.EnvAfter carries it.
func (f *hintFlags) value() string {
	if f.off {
		return hint.FormatAfter(0)
	}
	return hint.FormatAfter(f.after)
}

// env is the environment entry that carries the setting to script
// processes.
func (f *hintFlags) env() string { return hint.EnvAfter + "=" + f.value() }
