// difftest: same
package main

import "fmt"

// Route says where a packet goes next: a host, a gateway or nowhere.
type Route interface {
	NextHop() string
}

type Direct struct{ Host string }
type Via struct {
	Gateway string
	Metric  int
}

func (d Direct) NextHop() string { return d.Host }
func (v Via) NextHop() string    { return v.Gateway }

// Entry is a line of a routing table; two tables are compared entry by
// entry to report what changed, as a routing daemon does.
type Entry struct {
	Prefix string
	Route  Route
}

type Table [3]Entry

func diff(old, cur Table) []string {
	var out []string
	for i := range cur {
		if old[i] != cur[i] {
			out = append(out, fmt.Sprintf("%s: %v -> %v", cur[i].Prefix, old[i].Route, cur[i].Route))
		}
	}
	return out
}

func main() {
	old := Table{
		{"10.0.0.0/8", Via{"192.168.1.1", 10}},
		{"192.168.1.0/24", Direct{"eth0"}},
		{"172.16.0.0/12", nil},
	}
	cur := Table{
		{"10.0.0.0/8", Via{"192.168.1.1", 10}},
		{"192.168.1.0/24", Direct{"eth1"}},
		{"172.16.0.0/12", nil},
	}
	fmt.Println(old == cur, diff(old, cur))
	cur[1].Route = Direct{"eth0"}
	fmt.Println(old == cur, len(diff(old, cur)))
	cur[2].Route = Via{"10.0.0.1", 1}
	fmt.Println(old == cur, diff(old, cur))
	e := Entry{"0.0.0.0/0", Via{"10.0.0.1", 1}}
	fmt.Println(e == cur[2], e == Entry{"0.0.0.0/0", Via{"10.0.0.1", 1}}, e != Entry{Prefix: "0.0.0.0/0"})
	hops := [2]Route{Direct{"lo"}, nil}
	fmt.Println(hops == [2]Route{Direct{"lo"}, nil}, hops == [2]Route{Direct{"lo"}, Direct{"lo"}})
}
