// difftest: same
package main

// A chat server's event loop: the connection goroutines send what happens
// on one chan any, the loop switches on case error and case fmt.Stringer,
// and the last event of each user is kept in a sync.Map that a status
// report asserts to fmt.Stringer.

import (
	"fmt"
	"sort"
	"sync"
)

type Joined struct{ User string }

func (j Joined) String() string { return j.User + " joined" }

type Said struct {
	User, Text string
}

func (s Said) String() string { return s.User + ": " + s.Text }

type Dropped struct {
	User   string
	Reason string
}

func (d *Dropped) Error() string { return d.User + " dropped: " + d.Reason }

type tick struct{ n int }

func client(name string, lines []string, events chan<- any, wg *sync.WaitGroup) {
	defer wg.Done()
	events <- Joined{name}
	for _, l := range lines {
		events <- Said{name, l}
	}
	if len(lines) == 0 {
		events <- &Dropped{name, "idle"}
	}
}

func main() {
	events := make(chan any)
	var wg sync.WaitGroup
	wg.Add(1)
	go client("ann", []string{"hi", "bye"}, events, &wg)
	go func() {
		wg.Wait()
		wg.Add(1)
		go client("bob", nil, events, &wg)
		wg.Wait()
		events <- tick{1}
		close(events)
	}()

	var last sync.Map
	var log []string
	for ev := range events {
		switch e := ev.(type) {
		case error:
			log = append(log, "ERR "+e.Error())
			last.Store("bob", ev)
		case fmt.Stringer:
			log = append(log, "EVT "+e.String())
			if j, ok := ev.(Joined); ok {
				last.Store(j.User, ev)
			} else if s, ok := ev.(Said); ok {
				last.Store(s.User, ev)
			}
		default:
			log = append(log, fmt.Sprintf("??? %v", e))
		}
	}
	for _, l := range log {
		fmt.Println(l)
	}
	var users []string
	last.Range(func(k, v any) bool {
		users = append(users, k.(string))
		return true
	})
	sort.Strings(users)
	for _, u := range users {
		v, _ := last.Load(u)
		if s, ok := v.(fmt.Stringer); ok {
			fmt.Println(u, "last:", s)
		} else if err, ok := v.(error); ok {
			fmt.Println(u, "gone:", err)
		}
	}
}
