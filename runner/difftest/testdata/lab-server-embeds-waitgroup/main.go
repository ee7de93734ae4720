// difftest: same
package main

// A server type that embeds sync.WaitGroup and sync.Mutex, so that
// s.Add, s.Done, s.Wait, s.Lock and s.Unlock are its own: each handler
// goroutine says defer s.Done(), and Shutdown waits for them all before
// printing what was served. The clients count their bytes in a Stats
// value of the same embedding, changed after its deferred Done.

import (
	"bufio"
	"fmt"
	"net"
	"sort"
	"strings"
	"sync"
)

type Server struct {
	sync.WaitGroup
	sync.Mutex
	ln     net.Listener
	served []string
}

type Stats struct {
	sync.WaitGroup
	sync.Mutex
	bytes int
}

func (s *Server) handle(c net.Conn) {
	defer s.Done()
	defer c.Close()
	line, err := bufio.NewReader(c).ReadString('\n')
	if err != nil {
		return
	}
	word := strings.TrimSpace(line)
	s.Lock()
	s.served = append(s.served, word)
	s.Unlock()
	fmt.Fprintln(c, strings.Repeat(word, 2))
}

func (s *Server) Serve() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.Add(1)
		go s.handle(c)
	}
}

func (s *Server) Shutdown() []string {
	s.ln.Close()
	s.Wait()
	s.Lock()
	defer s.Unlock()
	sort.Strings(s.served)
	return s.served
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	s := &Server{ln: ln}
	go s.Serve()
	// The clients' side keeps its totals in a value of the same shape.
	var clients Stats
	replies := make([]string, 4)
	for i, w := range []string{"ab", "go", "na", "tcp"} {
		clients.Add(1)
		go func() {
			defer clients.Done()
			c, err := net.Dial("tcp", ln.Addr().String())
			if err != nil {
				return
			}
			defer c.Close()
			fmt.Fprintln(c, w)
			replies[i], _ = bufio.NewReader(c).ReadString('\n')
			clients.Lock()
			clients.bytes += len(replies[i])
			clients.Unlock()
		}()
	}
	clients.Wait()
	fmt.Print(strings.Join(replies, ""))
	fmt.Println("bytes received:", clients.bytes)
	fmt.Println("served:", s.Shutdown())
}
