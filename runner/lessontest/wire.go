package lessontest

import (
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"

	"github.com/rogpeppe/go-internal/testscript"
	"github.com/socklab/socklab/runner/wire"
	"github.com/socklab/socklab/runner/wire/diagram"
)

// Wire says whether tests record their programs' connections and whether
// faults shake them (see package wire).
type Wire struct {
	// Record records every connection of each test's socklab programs; the
	// trace of a failing test is shown under its transcript.
	Record bool
	// Show shows the trace of every test, passing ones too.
	Show bool
	// Faults is a fault spec applied to every socklab program of every
	// test. A test that cannot hold under faults says so with the
	// condition [faults] (see scripts/TESTING.md).
	Faults string
	Seed   int64 // the seed of the faults
}

// wireDir returns a fresh folder for one test's event files, or "" when
// tests record nothing.
func (h *Harness) wireDir() (string, error) {
	if !h.opts.Wire.Record && !h.opts.Wire.Show {
		return "", nil
	}
	return wire.MkdirTemp()
}

// wireEnv puts the wire's settings in a test's environment, which its
// socklab programs inherit.
func (h *Harness) wireEnv(e *testscript.Env, dir string) {
	if dir != "" {
		e.Setenv(wire.EnvDir, dir)
	}
	if w := h.opts.Wire; w.Faults != "" {
		e.Setenv(wire.EnvFaults, w.Faults)
		e.Setenv(wire.EnvSeed, strconv.FormatInt(w.Seed, 10))
	}
}

// wireCondition answers [faults]: whether faults shake this run's tests.
func (h *Harness) wireCondition(cond string) (bool, error) {
	if cond == "faults" {
		return h.opts.Wire.Faults != "", nil
	}
	return false, fmt.Errorf("unknown condition %q", cond)
}

// wireReport returns the trace of a test to show under its transcript, and
// removes the test's event files.
func (h *Harness) wireReport(dir string, status Status) string {
	if dir == "" {
		return ""
	}
	defer os.RemoveAll(dir)
	if !wire.Exists(dir) || !(status == Failed || h.opts.Wire.Show || h.opts.Verbose) {
		return ""
	}
	t, err := wire.ReadDir(dir)
	if err != nil {
		return fmt.Sprintf("socklab: the trace: %v\n", err)
	}
	if len(t.Conns) == 0 && !slices.ContainsFunc(t.Programs, func(p *wire.Program) bool { return p.Unseen != "" }) {
		return ""
	}
	var b strings.Builder
	diagram.Render(&b, t, diagram.Options{MaxRows: 200})
	return b.String()
}
