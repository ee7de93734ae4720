// difftest: same

package main

import (
	"fmt"
	"sync"
)

type Hub struct {
	msgs  chan string
	quit  chan struct{}
	count int
	sync.Mutex
}

type Room struct {
	*Hub
	Name string
}

type Lobby struct {
	Room
	Limit int
}

func (r *Room) Post(m string) {
	r.Lock()
	r.count++
	r.Unlock()
	r.msgs <- r.Name + ": " + m
}

func (l *Lobby) Drain() []string {
	var out []string
	for {
		select {
		case m, ok := <-l.Room.Hub.msgs:
			if !ok {
				return out
			}
			out = append(out, "ok:"+m)
		case <-l.quit:
			return out
		}
	}
}

func main() {
	h := &Hub{msgs: make(chan string, 10), quit: make(chan struct{})}
	l := &Lobby{Room{h, "lobby"}, 5}
	l.Post("hi")
	l.Post("there")
	l.Room.Post("x")
	close(h.msgs)
	got := l.Drain()
	fmt.Println(len(got), l.count, l.Hub.count)
	var ok, plain int
	for _, g := range got {
		if len(g) > 3 && g[:3] == "ok:" {
			ok++
		} else {
			plain++
		}
	}
	fmt.Println(ok+plain, l.Name, l.Limit)
	l.msgs = make(chan string, 1)
	l.msgs <- "again"
	close(l.quit)
	select {
	case m := <-l.msgs:
		fmt.Println(m)
	}
}
