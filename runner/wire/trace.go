package wire

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// A Trace is what the processes of one run recorded, put together: the
// programs, their connections with both ends matched, and every event in
// time order.
type Trace struct {
	Programs []*Program
	Conns    []*Conn
	Steps    []Step // in time order
}

// A Program is one process at an end of the trace's connections. A program
// that socklab did not run (a seed's Python program, say) appears too, known
// only by its address, with Traced false.
type Program struct {
	Name   string // the script ("server.go"), or an untraced program's address
	Pid    int
	Faults string // the faults applied to its connections, if any
	Traced bool
	Start  int64 // Unix nanoseconds of its first event
	// Unseen says what its trace does not show, and why ("no connection
	// shown: main.go:14:9 asserts a connection's type ..."); "" when it
	// shows every TCP connection the gate handed out.
	Unseen string
}

// A Conn is one TCP connection. Client dialed, Server accepted; an end that
// no traced program holds belongs to an untraced Program.
type Conn struct {
	N              int // from 1, in order of opening
	Client, Server *End
}

// An End is one end of a connection, in the program that holds it.
type End struct {
	Program  *Program
	Conn     *Conn
	Local    string // the address as the system has it
	Remote   string
	Show     string // the address of this end as its script sees it
	Accepted bool   // the end a listener accepted: the server's
}

// Peer is the other end of the end's connection.
func (e *End) Peer() *End {
	if e.Conn.Client == e {
		return e.Conn.Server
	}
	return e.Conn.Client
}

// A Step is an event at one end of a connection.
type Step struct {
	*Event
	End *End
	ID  [2]int // which file (in the order given to Build) and which event in it
}

// ReadDir reads the event files that the processes of one run wrote in dir.
func ReadDir(dir string) (*Trace, error) {
	names, err := filepath.Glob(filepath.Join(dir, "*"+FileExt))
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	var files [][]Event
	for _, name := range names {
		events, err := ReadFile(name)
		if err != nil && len(events) == 0 {
			return nil, fmt.Errorf("reading the trace %s: %w", name, err)
		}
		files = append(files, events)
	}
	return Build(files), nil
}

// Exists reports whether dir holds any event file.
func Exists(dir string) bool {
	names, _ := filepath.Glob(filepath.Join(dir, "*"+FileExt))
	return len(names) > 0
}

// Build puts together the events of several processes, one slice each, as
// their files hold them.
func Build(files [][]Event) *Trace {
	t := &Trace{}
	type key struct{ local, remote string }
	open := map[key][]*End{}
	var ends []*End
	names := map[string]int{}
	for fi, events := range files {
		if len(events) == 0 || events[0].Kind != Hello {
			continue
		}
		h := events[0]
		p := &Program{Name: h.Program, Pid: h.Pid, Faults: h.Faults, Traced: true, Start: h.Time}
		if p.Name == "" {
			p.Name = fmt.Sprintf("process %d", h.Pid)
		}
		t.Programs = append(t.Programs, p)
		byID := map[int]*End{}
		for i := range events[1:] {
			e := &events[1+i]
			if e.Kind == Unseen {
				p.Unseen = e.Note
			}
			if e.Kind == Open {
				end := &End{Program: p, Local: e.Local, Remote: e.Remote, Show: e.ShowLocal, Accepted: e.Accepted}
				end.Conn = &Conn{}
				if e.Accepted {
					end.Conn.Server = end
				} else {
					end.Conn.Client = end
				}
				byID[e.Conn] = end
				ends = append(ends, end)
				open[key{e.Local, e.Remote}] = append(open[key{e.Local, e.Remote}], end)
			}
			if end := byID[e.Conn]; end != nil {
				t.Steps = append(t.Steps, Step{Event: e, End: end, ID: [2]int{fi, 1 + i}})
			}
		}
	}
	sort.SliceStable(t.Programs, func(i, j int) bool { return t.Programs[i].Start < t.Programs[j].Start })
	for _, p := range t.Programs {
		names[p.Name]++
		if n := names[p.Name]; n > 1 {
			p.Name = fmt.Sprintf("%s (%d)", p.Name, n)
		}
	}
	sort.SliceStable(t.Steps, func(i, j int) bool { return t.Steps[i].Time < t.Steps[j].Time })

	// Match each end with the end whose addresses are its own, swapped; an
	// end with no such partner gets one in an untraced program.
	untraced := map[string]*Program{}
	matched := map[*End]bool{}
	for _, step := range t.Steps {
		end := step.End
		if step.Kind != Open || matched[end] {
			continue
		}
		matched[end] = true
		var peer *End
		for _, cand := range open[key{end.Remote, end.Local}] {
			if !matched[cand] && cand.Accepted != end.Accepted {
				peer = cand
				break
			}
		}
		c := end.Conn
		if peer != nil {
			matched[peer] = true
			if peer.Accepted {
				c.Server = peer
			} else {
				c.Client = peer
			}
			peer.Conn = c
		} else {
			show := step.ShowRemote
			name := show
			if end.Accepted {
				name = end.Remote // each untraced client is a program of its own
			}
			p := untraced[name]
			if p == nil {
				p = &Program{Name: show, Start: step.Time}
				untraced[name] = p
				t.Programs = append(t.Programs, p)
			}
			peer = &End{Program: p, Conn: c, Local: end.Remote, Remote: end.Local, Show: show, Accepted: !end.Accepted}
			if peer.Accepted {
				c.Server = peer
			} else {
				c.Client = peer
			}
		}
		t.Conns = append(t.Conns, c)
		c.N = len(t.Conns)
	}
	// A client's dial returns after the server may already have accepted
	// and sent: the connection is open from the earlier of the two.
	opened := map[*End]*Event{}
	for _, s := range t.Steps {
		if s.Kind == Open {
			opened[s.End] = s.Event
		}
	}
	for _, c := range t.Conns {
		ce, se := opened[c.Client], opened[c.Server]
		if ce != nil && se != nil && se.Time < ce.Time {
			ce.Time = se.Time
		}
	}
	sort.SliceStable(t.Steps, func(i, j int) bool { return t.Steps[i].Time < t.Steps[j].Time })
	return t
}

// Start is the time of the trace's first step, in Unix nanoseconds.
func (t *Trace) Start() int64 {
	if len(t.Steps) == 0 {
		return 0
	}
	return t.Steps[0].Time
}

// ClosedFirst returns the end of c that closed (or aborted, or shut its
// sending side) first, and nil if neither did.
func (t *Trace) ClosedFirst(c *Conn) *End {
	for _, s := range t.Steps {
		if s.End.Conn == c && (s.Kind == Close || s.Kind == CloseWrite || s.Kind == Reset) {
			return s.End
		}
	}
	return nil
}

// Summary says in a line what the trace holds.
func (t *Trace) Summary() string {
	sent := 0 // what traced ends sent, and what they received from untraced ones
	for _, s := range t.Steps {
		if s.Kind == Send || s.Kind == Recv && !s.End.Peer().Program.Traced {
			sent += len(s.Data)
		}
	}
	var names []string
	for _, p := range t.Programs {
		names = append(names, p.Name)
	}
	return fmt.Sprintf("%s, %s, %s sent (%s)", plural(len(t.Programs), "program"), plural(len(t.Conns), "connection"),
		plural(sent, "byte"), strings.Join(names, ", "))
}

func plural(n int, what string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", what)
	}
	return fmt.Sprintf("%d %ss", n, what)
}

// MkdirTemp creates a folder for a run's event files.
func MkdirTemp() (string, error) {
	dir, err := os.MkdirTemp("", "socklab-wire-")
	if err != nil {
		return "", fmt.Errorf("creating the trace folder: %w", err)
	}
	return dir, nil
}
