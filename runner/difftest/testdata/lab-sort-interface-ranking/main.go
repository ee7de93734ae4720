// difftest: same
package main

// A league table sent over TCP: the server collects match results, ranks
// the teams with sort.Sort on a type implementing sort.Interface (points,
// then goal difference, then name) and sort.Stable for a second view, and
// writes the table with text/tabwriter.

import (
	"bufio"
	"fmt"
	"net"
	"os"
	"sort"
	"text/tabwriter"
)

type Team struct {
	Name           string
	Points, GF, GA int
}

type byRank []*Team

func (t byRank) Len() int      { return len(t) }
func (t byRank) Swap(i, j int) { t[i], t[j] = t[j], t[i] }
func (t byRank) Less(i, j int) bool {
	a, b := t[i], t[j]
	if a.Points != b.Points {
		return a.Points > b.Points
	}
	if a.GF-a.GA != b.GF-b.GA {
		return a.GF-a.GA > b.GF-b.GA
	}
	return a.Name < b.Name
}

type byGoals []*Team

func (t byGoals) Len() int           { return len(t) }
func (t byGoals) Swap(i, j int)      { t[i], t[j] = t[j], t[i] }
func (t byGoals) Less(i, j int) bool { return t[i].GF > t[j].GF }

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		fmt.Fprint(c, "Reds 2 1 Blues\nGreens 0 0 Reds\nBlues 3 3 Greens\nWhites 1 4 Reds\nBlues 2 0 Whites\n")
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	teams := map[string]*Team{}
	get := func(n string) *Team {
		if teams[n] == nil {
			teams[n] = &Team{Name: n}
		}
		return teams[n]
	}
	sc := bufio.NewScanner(c)
	for sc.Scan() {
		var home, away string
		var hg, ag int
		if _, err := fmt.Sscanf(sc.Text(), "%s %d %d %s", &home, &hg, &ag, &away); err != nil {
			fmt.Println("bad line:", err)
			continue
		}
		h, a := get(home), get(away)
		h.GF, h.GA, a.GF, a.GA = h.GF+hg, h.GA+ag, a.GF+ag, a.GA+hg
		switch {
		case hg > ag:
			h.Points += 3
		case hg < ag:
			a.Points += 3
		default:
			h.Points++
			a.Points++
		}
	}
	var table []*Team
	for _, t := range teams {
		table = append(table, t)
	}
	sort.Sort(byRank(table))
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "team\tpts\tgf\tga\t")
	for _, t := range table {
		fmt.Fprintf(w, "%s\t%d\t%d\t%d\t\n", t.Name, t.Points, t.GF, t.GA)
	}
	w.Flush()
	sort.Stable(byGoals(table))
	for _, t := range table {
		fmt.Print(t.Name, ":", t.GF, " ")
	}
	fmt.Println(sort.IsSorted(byGoals(table)))
}
