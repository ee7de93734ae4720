// Package faults shakes the wire of a script's connections: it splits each
// send into pieces, delays them, slows receives down and resets
// connections, so that a lesson's programs meet on loopback what a busy
// network does to them. Random choices come from a seed, so that a run
// under faults can be repeated.
package faults

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

// A Spec says which faults to inject. The zero Spec injects none.
type Spec struct {
	Fragment   int           // every send goes out in pieces of 1 to Fragment bytes
	Delay      time.Duration // the pause between the pieces of a send
	Latency    time.Duration // the pause before each send goes out
	SlowRead   int           // every receive takes at most SlowRead bytes...
	ReadDelay  time.Duration // ...after waiting this long
	ResetAfter int64         // the connection is reset once this many bytes have passed (sent and received)
}

// Syntax is a one-line description of a spec, for help texts.
const Syntax = "fragment=N,delay=D,latency=D,slowread=N/D,reset-after=K"

// Parse reads a spec: comma-separated faults such as
// "fragment=1,delay=1ms", durations written as Go writes them (1ms, 0.5s).
func Parse(s string) (Spec, error) {
	var sp Spec
	if strings.TrimSpace(s) == "" {
		return sp, fmt.Errorf("no faults given: write them as %s", Syntax)
	}
	for _, item := range strings.Split(s, ",") {
		name, val, ok := strings.Cut(strings.TrimSpace(item), "=")
		if !ok || val == "" {
			return sp, fmt.Errorf("%q: write each fault as name=value (%s)", item, Syntax)
		}
		var err error
		switch name {
		case "fragment":
			sp.Fragment, err = positive(val)
		case "delay":
			sp.Delay, err = duration(val)
		case "latency":
			sp.Latency, err = duration(val)
		case "slowread":
			n, d, ok := strings.Cut(val, "/")
			if !ok {
				return sp, fmt.Errorf("slowread=%s: write it as slowread=N/D, bytes per receive and the wait before each, such as slowread=4/10ms", val)
			}
			if sp.SlowRead, err = positive(n); err == nil {
				sp.ReadDelay, err = duration(d)
			}
		case "reset-after":
			var n int
			n, err = positive(val)
			sp.ResetAfter = int64(n)
		default:
			return sp, fmt.Errorf("unknown fault %q: the faults are %s", name, Syntax)
		}
		if err != nil {
			return sp, fmt.Errorf("%s=%s: %w", name, val, err)
		}
	}
	if sp.Delay > 0 && sp.Fragment == 0 {
		return sp, fmt.Errorf("delay=%v is the pause between the pieces of a send: give fragment=N too", sp.Delay)
	}
	return sp, nil
}

func positive(s string) (int, error) {
	n, err := strconv.Atoi(s)
	if err != nil || n < 1 {
		return 0, fmt.Errorf("%q is not a whole number of bytes from 1 up", s)
	}
	return n, nil
}

func duration(s string) (time.Duration, error) {
	d, err := time.ParseDuration(s)
	if err != nil || d < 0 {
		return 0, fmt.Errorf("%q is not a duration such as 1ms or 0.5s", s)
	}
	return d, nil
}

// String writes the spec as Parse reads it.
func (sp Spec) String() string {
	var parts []string
	if sp.Fragment > 0 {
		parts = append(parts, fmt.Sprintf("fragment=%d", sp.Fragment))
	}
	if sp.Delay > 0 {
		parts = append(parts, "delay="+sp.Delay.String())
	}
	if sp.Latency > 0 {
		parts = append(parts, "latency="+sp.Latency.String())
	}
	if sp.SlowRead > 0 {
		parts = append(parts, fmt.Sprintf("slowread=%d/%v", sp.SlowRead, sp.ReadDelay))
	}
	if sp.ResetAfter > 0 {
		parts = append(parts, fmt.Sprintf("reset-after=%d", sp.ResetAfter))
	}
	return strings.Join(parts, ",")
}
