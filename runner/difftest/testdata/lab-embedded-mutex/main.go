// difftest: same
package main

// A scoreboard whose struct embeds sync.Mutex (so Lock and Unlock are its
// own methods) and a *log.Logger writing to standard output; clients
// report points concurrently over TCP and the final table is sorted by
// score, then name.

import (
	"bufio"
	"fmt"
	"log"
	"net"
	"os"
	"sort"
	"strconv"
	"strings"
	"sync"
)

type Scoreboard struct {
	sync.Mutex
	*log.Logger
	scores map[string]int
}

func (s *Scoreboard) Add(name string, pts int) int {
	s.Lock()
	defer s.Unlock()
	s.scores[name] += pts
	return s.scores[name]
}

func (s *Scoreboard) Table() []string {
	s.Lock()
	defer s.Unlock()
	names := make([]string, 0, len(s.scores))
	for n := range s.scores {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		a, b := names[i], names[j]
		if s.scores[a] != s.scores[b] {
			return s.scores[a] > s.scores[b]
		}
		return a < b
	})
	rows := make([]string, len(names))
	for i, n := range names {
		rows[i] = fmt.Sprintf("%d. %-5s %3d", i+1, n, s.scores[n])
	}
	return rows
}

func main() {
	board := &Scoreboard{Logger: log.New(os.Stdout, "board: ", 0), scores: map[string]int{}}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		board.Fatal(err)
	}
	defer ln.Close()
	var handlers sync.WaitGroup
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			handlers.Add(1)
			go func() {
				defer handlers.Done()
				defer c.Close()
				sc := bufio.NewScanner(c)
				for sc.Scan() {
					name, pts, _ := strings.Cut(sc.Text(), " ")
					n, err := strconv.Atoi(pts)
					if err != nil {
						fmt.Fprintln(c, "bad points")
						continue
					}
					fmt.Fprintln(c, board.Add(name, n))
				}
			}()
		}
	}()
	reports := map[string][]string{
		"team1": {"ann 10", "bob 5", "ann 3"},
		"team2": {"cy 7", "bob 8", "dan x"},
		"team3": {"eve 13", "cy 6"},
	}
	var clients sync.WaitGroup
	for _, lines := range reports {
		clients.Add(1)
		go func() {
			defer clients.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			defer c.Close()
			r := bufio.NewReader(c)
			for _, l := range lines {
				fmt.Fprintln(c, l)
				r.ReadString('\n')
			}
		}()
	}
	clients.Wait()
	for _, row := range board.Table() {
		board.Println(row)
	}
}
