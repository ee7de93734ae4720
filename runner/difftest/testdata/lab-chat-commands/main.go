// difftest: same
package main

// A chat server with commands, as the chat assignments grow: /nick sets a
// name, /list lists who is online (sorted), /msg sends to one person, and
// plain lines go to everyone else. One goroutine owns all the state; the
// clients speak in turn and wait for what they expect.

import (
	"bufio"
	"fmt"
	"net"
	"slices"
	"strings"
)

type event struct {
	from *member
	line string
	gone bool
}

type member struct {
	name string
	out  chan string
}

func hub(events <-chan event, join <-chan *member) {
	members := map[*member]bool{}
	byName := func(n string) *member {
		for m := range members {
			if m.name == n {
				return m
			}
		}
		return nil
	}
	for {
		select {
		case m := <-join:
			members[m] = true
			m.out <- "welcome, you are " + m.name
		case ev := <-events:
			m := ev.from
			if ev.gone {
				delete(members, m)
				continue
			}
			cmd, rest, _ := strings.Cut(ev.line, " ")
			switch cmd {
			case "/nick":
				if byName(rest) != nil {
					m.out <- rest + " is taken"
					continue
				}
				old := m.name
				m.name = rest
				m.out <- old + " is now " + rest
			case "/list":
				var names []string
				for o := range members {
					names = append(names, o.name)
				}
				slices.Sort(names)
				m.out <- "online: " + strings.Join(names, ", ")
			case "/msg":
				to, text, _ := strings.Cut(rest, " ")
				if t := byName(to); t != nil {
					t.out <- "(private) " + m.name + ": " + text
					m.out <- "sent to " + to
				} else {
					m.out <- "no one called " + to
				}
			default:
				for o := range members {
					if o != m {
						o.out <- m.name + ": " + ev.line
					}
				}
				m.out <- "said to everyone"
			}
		}
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	events, join := make(chan event), make(chan *member)
	go hub(events, join)
	go func() {
		for n := 1; ; n++ {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			m := &member{fmt.Sprintf("guest%d", n), make(chan string, 8)}
			go func() {
				for line := range m.out {
					fmt.Fprintln(c, line)
				}
			}()
			join <- m
			go func() {
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					events <- event{from: m, line: sc.Text()}
				}
				events <- event{from: m, gone: true}
			}()
		}
	}()
	type user struct {
		c  net.Conn
		sc *bufio.Scanner
		id string
	}
	connect := func(id string) *user {
		c, err := net.Dial("tcp", ln.Addr().String())
		if err != nil {
			panic(err)
		}
		u := &user{c, bufio.NewScanner(c), id}
		u.sc.Scan()
		fmt.Printf("%s hears %q\n", id, u.sc.Text())
		return u
	}
	say := func(u *user, line string, replies int) {
		fmt.Fprintln(u.c, line)
		for i := 0; i < replies && u.sc.Scan(); i++ {
			fmt.Printf("%s> %-18s hears %q\n", u.id, line, u.sc.Text())
		}
	}
	hear := func(u *user) {
		u.sc.Scan()
		fmt.Printf("%s hears %q\n", u.id, u.sc.Text())
	}
	a := connect("A")
	say(a, "/nick ann", 1)
	b := connect("B")
	say(b, "/nick ann", 1)
	say(b, "/nick bob", 1)
	say(a, "/list", 1)
	say(a, "hello bob", 1)
	hear(b)
	say(b, "/msg ann psst", 1)
	hear(a)
	say(b, "/msg cat hi", 1)
}
