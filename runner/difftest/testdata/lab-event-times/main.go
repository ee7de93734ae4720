// difftest: same
package main

// A server's event log whose Event embeds time.Time, so e.Format and
// e.Before are its own and fmt prints an Event as its time; a Date type
// of the lab's own has a Format(layout string) method of its own. The
// client asks for the events of a day over TCP.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"time"
)

type Event struct {
	time.Time
	What string
}

type Date struct{ Y, M, D int }

func (d Date) Format(layout string) string {
	return strings.NewReplacer("YYYY", fmt.Sprint(d.Y), "MM", fmt.Sprintf("%02d", d.M), "DD", fmt.Sprintf("%02d", d.D)).Replace(layout)
}

func (d Date) Has(t time.Time) bool {
	y, m, day := t.Date()
	return y == d.Y && int(m) == d.M && day == d.D
}

var start = time.Date(2024, 5, 6, 8, 30, 0, 0, time.UTC)

var events = []Event{
	{start, "server started"},
	{start.Add(90 * time.Minute), "first client"},
	{start.Add(26 * time.Hour), "backup"},
	{start.Add(27 * time.Hour), "second client"},
}

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
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			var d Date
			if _, err := fmt.Sscanf(sc.Text(), "%d-%d-%d", &d.Y, &d.M, &d.D); err != nil {
				fmt.Fprintln(c, "bad date:", err)
				continue
			}
			n := 0
			for _, e := range events {
				if d.Has(e.Time) {
					fmt.Fprintf(c, "%s %s; ", e.Format("15:04"), e.What)
					n++
				}
			}
			fmt.Fprintf(c, "%d events on %s\n", n, d.Format("DD/MM/YYYY"))
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	r := bufio.NewReader(c)
	for _, q := range []string{"2024-05-06", "2024-05-07", "2024-12-25", "yesterday"} {
		fmt.Fprintln(c, q)
		reply, _ := r.ReadString('\n')
		fmt.Printf("%-10s %s", q, reply)
	}
	fmt.Println(events[0])
	fmt.Println(events[1:3])
	fmt.Printf("%v %s\n", events[3], events[3].What)
	fmt.Println(Date{2024, 5, 6}, events[2].Before(events[3].Time))
}
