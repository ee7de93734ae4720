// difftest: same
package main

// A voting server: ten clients connect at once, each votes for a colour;
// the server tallies under a mutex, refuses a second vote from one voter
// ID, and the main program prints the result once every client is done.
// The clients start in a three-clause loop whose variable each goroutine
// uses (a variable per iteration since Go 1.22).

import (
	"bufio"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
)

type tally struct {
	mu     sync.Mutex
	votes  map[string]int
	voters map[int]bool
}

func (t *tally) vote(id int, colour string) string {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.voters[id] {
		return "REFUSED already voted"
	}
	t.voters[id] = true
	t.votes[colour]++
	return "THANKS"
}

func main() {
	t := &tally{votes: map[string]int{}, voters: map[int]bool{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			go func() {
				defer c.Close()
				var id int
				var colour string
				if _, err := fmt.Fscan(c, &id, &colour); err != nil {
					fmt.Fprintln(c, "ERROR", err)
					return
				}
				fmt.Fprintln(c, t.vote(id, strings.ToLower(colour)))
			}()
		}
	}()
	colours := []string{"red", "Green", "blue", "red", "RED", "green"}
	replies := make([]string, 12)
	var wg sync.WaitGroup
	for i := 0; i < 12; i++ {
		wg.Go(func() {
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				replies[i] = err.Error()
				return
			}
			defer c.Close()
			id := i % 10 // voters 0 and 1 try twice
			fmt.Fprintf(c, "%d %s\n", id, colours[i%len(colours)])
			line, _ := bufio.NewReader(c).ReadString('\n')
			replies[i] = strings.TrimSpace(line)
		})
	}
	wg.Wait()
	refused := 0
	for _, r := range replies {
		if strings.HasPrefix(r, "REFUSED") {
			refused++
		}
	}
	fmt.Println("refused:", refused)
	names := make([]string, 0, len(t.votes))
	total := 0
	for c, n := range t.votes {
		names = append(names, c)
		total += n
	}
	slices.SortFunc(names, func(a, b string) int { return t.votes[b] - t.votes[a] })
	fmt.Println("winner:", names[0], "with", t.votes[names[0]], "of", total, "votes")
}
