package script

import (
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/socklab/socklab/runner/diag"
	"github.com/socklab/socklab/runner/front"
	"github.com/socklab/socklab/runner/hint"
	"github.com/socklab/socklab/runner/hostgo"
)

// rewritten is the front end's work on a type-checked script that the
// script process needs before the script runs.
type rewritten struct {
	files     map[string][]byte      // the rewritten files, by real path
	met       []string               // compiled packages whose interfaces the script meets (typecheck.InterfacePackages)
	facts     map[string]*diag.Facts // what diag needs of each file, by real path
	poolNames map[string]string      // lift's pool types, as the script names them
	sites     *hint.Sites            // the receive sites marked for the hints, and where the script looks at its connections' type

	memProfiled bool // a Go build of the script samples its allocations (typecheck.MemProfiled)
}

// use hands r's facts, names and sites to the packages of this process
// that report on the script.
func (r rewritten) use() {
	for path, fs := range r.facts {
		diag.Learn(path, fs)
	}
	diag.NameTypes(r.poolNames)
	if r.sites != nil {
		hint.Use(r.sites)
	}
}

// frontEnd is the front end's work on a script, done in this process or
// handed over by the supervisor.
type frontEnd struct {
	// source waits for the first of the work and returns it: the
	// compiled packages to load and the script's own packages.
	source func() ([]string, localPackages, error)
	// wait waits for the rest of the work and returns it.
	wait func() (rewritten, error)
}

// startFront starts the front end's work on the script o: it reads what
// the supervisor did, or, started without it, parses the script here and
// type-checks and rewrites it on the side, while the interpreter is set
// up. Nothing of the script runs before wait returns.
func startFront(o Options) (frontEnd, error) {
	r, err := front.Open()
	if err != nil {
		return frontEnd{}, err
	}
	if r != nil {
		return handedFront(r)
	}
	c, err := checkSource(o, known)
	if err != nil {
		return frontEnd{}, err
	}
	hints := &hint.Sites{Receives: hint.On(os.Getenv(hint.EnvAfter))}
	done := make(chan struct{})
	var res rewritten
	hostgo.Go(func() {
		res, err = c.front(hints)
		close(done)
	})
	return frontEnd{
		source: func() ([]string, localPackages, error) { return c.imports, c.local, nil },
		wait: func() (rewritten, error) {
			<-done
			return res, err
		},
	}, nil
}

// handedFront reads the work the supervisor did (see Front), each part
// when it is asked for: the process confines itself while the supervisor
// type-checks the script.
func handedFront(r *front.Reader) (frontEnd, error) {
	return frontEnd{source: func() ([]string, localPackages, error) {
		src, err := r.Source()
		if err != nil {
			return nil, nil, fmt.Errorf("socklab: %w", err)
		}
		if src.Err != "" {
			return nil, nil, errorText(src.Err)
		}
		return src.Imports, src.Local, nil
	}, wait: func() (rewritten, error) {
		rw, err := r.Rewrite()
		if err != nil {
			return rewritten{}, fmt.Errorf("socklab: %w", err)
		}
		if rw.Err != "" {
			return rewritten{}, errorText(rw.Err)
		}
		res := rewritten{files: rw.Files, met: rw.Met, facts: map[string]*diag.Facts{}, poolNames: rw.PoolNames, memProfiled: rw.MemProfiled}
		for path, b := range rw.Facts {
			fs := &diag.Facts{}
			if err := fs.UnmarshalBinary(b); err != nil {
				return rewritten{}, fmt.Errorf("socklab: the front end's facts of %s: %w", path, err)
			}
			res.facts[path] = fs
		}
		res.sites = &hint.Sites{Receives: rw.Hints, List: rw.Sites, Concrete: rw.Concrete, Listeners: rw.Listeners}
		return res, nil
	}}, nil
}

// errorText is an error whose text is ready to print.
type errorText string

func (e errorText) Error() string { return string(e) }

// Front does the front end's work on the script o for the script process
// that runs it, writing it to w as it goes (Source, then Rewrite): a
// supervisor calls it while the process starts, and hands the process the
// other end of w (see front.EnvFD). hints says whether the stall hints are
// on in that process. Write errors are dropped: the process has ended.
func Front(o Options, hints bool, w io.Writer) {
	abs, err := filepath.Abs(o.Path) // as Run makes it, in the same folder
	if err != nil {
		front.NewWriter(w).Source(front.Source{Err: fmt.Sprintf("socklab: %v", err)})
		return
	}
	o.Path = abs
	frontOf(o, hints, w, nil)
}

// frontOf is Front of o, whose Path is absolute, and of src, the script
// file's text, where it is not nil. It reports whether the work succeeded
// and read nothing but src (checked.alone).
func frontOf(o Options, hints bool, w io.Writer, src []byte) (alone bool) {
	fw := front.NewWriter(w)
	c, err := checkSourceOf(o, known, src)
	if err != nil {
		fw.Source(front.Source{Err: err.Error()})
		return false
	}
	if err := fw.Source(front.Source{Imports: c.imports, Local: c.local}); err != nil {
		return false
	}
	sites := &hint.Sites{Receives: hints}
	r, err := c.front(sites)
	if err != nil {
		fw.Rewrite(front.Rewrite{Err: err.Error()})
		return false
	}
	rw := front.Rewrite{Files: r.files, Met: r.met, Facts: map[string][]byte{}, PoolNames: r.poolNames, MemProfiled: r.memProfiled}
	for path, fs := range r.facts {
		b, err := fs.AppendBinary(nil)
		if err != nil {
			fw.Rewrite(front.Rewrite{Err: err.Error()})
			return false
		}
		rw.Facts[path] = b
	}
	rw.Hints, rw.Sites, rw.Concrete, rw.Listeners = sites.Receives, sites.List, sites.Concrete, sites.Listeners
	return fw.Rewrite(rw) == nil && c.alone
}
