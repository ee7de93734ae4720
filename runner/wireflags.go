package runner

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/socklab/socklab/runner/lessontest"
	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/diagram"
	"github.com/socklab/socklab/runner/wire/faults"
	"github.com/socklab/socklab/runner/wire/html"
	"github.com/socklab/socklab/runner/wire/pcap"
	"github.com/spf13/pflag"
)

// wireFlags are the flags that show and shake the wire of the scripts a
// command runs: --trace, --pcap and --faults.
type wireFlags struct {
	trace, pcap, faults string
	htmlFile, pcapFile  string // the files of --trace=FILE.html and --pcap, made absolute by check
	withPcap            bool
	fs                  *pflag.FlagSet
}

// addWireFlags adds --trace and --faults to fs, and --pcap when withPcap.
func addWireFlags(fs *pflag.FlagSet, withPcap bool) *wireFlags {
	f := &wireFlags{fs: fs, withPcap: withPcap}
	fs.Var((*optional)(&f.trace), "trace", "record every connection's bytes and draw a sequence diagram: after the run (--trace), as it happens (--trace=live), or in a web page (--trace=FILE.html)")
	fs.Lookup("trace").NoOptDefVal = "after"
	if withPcap {
		fs.StringVar(&f.pcap, "pcap", "", "write the connections to `FILE` as a pcapng capture, for Wireshark or tshark")
	}
	fs.StringVar(&f.faults, "faults", "", "inject network faults into the scripts' sends and receives: `SPEC` is "+faults.Syntax+" (--seed repeats them)")
	return f
}

// check validates the flags.
func (f *wireFlags) check(live bool) error {
	switch {
	case f.trace == "", f.trace == "after", strings.HasSuffix(f.trace, ".html"):
	case f.trace == "live":
		if !live {
			return fmt.Errorf("--trace=live goes with run and watch: tests run side by side")
		}
	default:
		return fmt.Errorf("--trace=%s: write --trace, --trace=live or --trace=FILE.html", f.trace)
	}
	if f.faults != "" {
		if _, err := faults.Parse(f.faults); err != nil {
			return fmt.Errorf("--faults: %w", err)
		}
	}
	// The files are named from the folder socklab starts in, whatever
	// folder the run then enters.
	var err error
	if strings.HasSuffix(f.trace, ".html") {
		if f.htmlFile, err = filepath.Abs(f.trace); err != nil {
			return err
		}
	}
	if f.pcap != "" {
		f.pcapFile, err = filepath.Abs(f.pcap)
	}
	return err
}

// wireSession is one run's recording, from the folder its processes write
// to until the pictures drawn from it.
type wireSession struct {
	f    *wireFlags
	dir  string
	live *diagram.Live
}

// begin turns on what the flags ask for in the script processes started
// from now on, which inherit socklab's environment, and returns the
// session to end after the run; nil when no flag asks for anything, and
// then nothing at all wraps the scripts' connections.
func (f *wireFlags) begin(sf *scriptFlags) (*wireSession, error) {
	if f.faults != "" {
		// One seed for every program, chosen here unless --seed gives it,
		// and shown in the trace, so that a run can be repeated.
		seed := time.Now().UnixNano() % 1e6
		if sf.fs.Changed("seed") {
			seed = sf.seed
		}
		os.Setenv(wire.EnvFaults, f.faults)
		os.Setenv(wire.EnvSeed, strconv.FormatInt(seed, 10))
	}
	var flags []string
	for _, fl := range []struct{ name, value string }{{"--trace", f.trace}, {"--pcap", f.pcap}, {"--faults", f.faults}} {
		if fl.value != "" {
			flags = append(flags, fl.name)
		}
	}
	if len(flags) > 0 {
		os.Setenv(wire.EnvFlags, strings.Join(flags, " "))
	}
	if f.trace == "" && f.pcap == "" {
		return nil, nil
	}
	dir, err := wire.MkdirTemp()
	if err != nil {
		return nil, err
	}
	os.Setenv(wire.EnvDir, dir)
	return &wireSession{f: f, dir: dir}, nil
}

// follow starts drawing the diagram on w as the run goes, for --trace=live.
func (s *wireSession) follow(w io.Writer) {
	if s != nil && s.f.trace == "live" {
		s.live = diagram.Follow(s.dir, w)
	}
}

// end draws what the run recorded: the diagram on w, the web page, the
// capture.
func (s *wireSession) end(w io.Writer) error {
	if s == nil {
		return nil
	}
	defer os.RemoveAll(s.dir)
	if s.live != nil {
		s.live.Stop()
	}
	t, err := wire.ReadDir(s.dir)
	if err != nil {
		return err
	}
	if s.f.trace == "after" {
		diagram.Render(w, t, diagram.Options{})
	}
	if strings.HasSuffix(s.f.trace, ".html") {
		if err := html.WriteFile(s.f.htmlFile, t); err != nil {
			return err
		}
		fmt.Fprintf(w, "socklab trace: the diagram is in %s\n", s.f.trace)
	}
	if s.f.pcap != "" {
		n, err := pcap.WriteFile(s.f.pcapFile, t)
		if err != nil {
			return err
		}
		fmt.Fprintf(w, "socklab trace: %d packets written to %s\n", n, s.f.pcap)
	}
	return nil
}

// withWire runs run inside the session the flags ask for, drawing its
// pictures on w when run returns.
func withWire(f *wireFlags, sf *scriptFlags, w io.Writer, run func(*wireSession) error) error {
	s, err := f.begin(sf)
	if err != nil {
		return err
	}
	runErr := run(s)
	if err := s.end(w); err != nil && runErr == nil {
		return err
	}
	return runErr
}

// testWireFlags are --trace, --faults and --seed of socklab test.
type testWireFlags struct {
	trace, faults string
	seed          int64
	fs            *pflag.FlagSet
}

func addTestWireFlags(fs *pflag.FlagSet) *testWireFlags {
	f := &testWireFlags{fs: fs}
	fs.Var((*optional)(&f.trace), "trace", "show the sequence diagram of every test's connections, passing ones too (a failing test always shows its own); --trace=off records nothing")
	fs.Lookup("trace").NoOptDefVal = "all"
	fs.StringVar(&f.faults, "faults", "", "inject network faults into every socklab program's sends and receives: `SPEC` is "+faults.Syntax)
	fs.Int64Var(&f.seed, "seed", 0, "seed the faults with `N`, so that they repeat")
	return f
}

// options returns the harness's wire options for the flags.
func (f *testWireFlags) options() (lessontest.Wire, error) {
	w := lessontest.Wire{Record: true, Faults: f.faults, Seed: f.seed}
	switch f.trace {
	case "":
	case "all":
		w.Show = true
	case "off":
		w.Record = false
	default:
		return w, fmt.Errorf("--trace=%s: socklab test takes --trace or --trace=off (web pages and live diagrams go with run and watch)", f.trace)
	}
	if f.faults != "" {
		if _, err := faults.Parse(f.faults); err != nil {
			return w, fmt.Errorf("--faults: %w", err)
		}
		if !f.fs.Changed("seed") {
			w.Seed = time.Now().UnixNano() % 1e6
		}
	}
	return w, nil
}

// optional is a string flag whose value is optional (--trace, --trace=live):
// its empty type makes the help show "--trace[=after]".
type optional string

func (o *optional) String() string     { return string(*o) }
func (o *optional) Set(s string) error { *o = optional(s); return nil }
func (o *optional) Type() string       { return "" }
