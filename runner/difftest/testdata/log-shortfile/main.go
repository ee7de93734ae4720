// difftest: same
package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"os"
	"strings"
	"sync"
)

type status int

func (s status) String() string { return [...]string{"down", "up"}[s] }

// server logs through a logger it embeds; hub through one it holds.
type server struct {
	*log.Logger
	name string
}

type hub struct {
	log   log.Logger
	peers int
}

// Log's Lshortfile names the line of the script that logs, with every
// header layout log has: prefix before or after the file, the std logger,
// loggers made with New, held in fields, embedded, deferred, in goroutines.
func main() {
	log.SetOutput(os.Stdout)
	log.SetFlags(log.Lshortfile)
	log.Println("hello", status(1))
	log.Printf("port %d is %v", 8080, status(0))
	log.Print("a", 1, 2, "b", errors.New("e"))
	log.Println()
	log.SetPrefix("[std] ")
	log.Println("prefix first")
	log.SetFlags(log.Lshortfile | log.Lmsgprefix)
	log.Println("prefix after the file")
	log.Default().Println("through Default")
	log.Output(1, "through Output")
	log.Printf("spread over %s",
		"two lines")

	l := log.New(os.Stdout, "x ", log.Lshortfile|log.Lmsgprefix)
	l.Println("there")
	fmt.Println(l.Output(1, "output") == nil)
	s := server{log.New(os.Stdout, "srv ", log.Lshortfile|log.Ldate|log.LUTC), "s1"}
	s.Printf("%s started", s.name)
	var h hub
	h.log.SetOutput(os.Stdout)
	h.log.SetFlags(log.Lshortfile)
	h.log.Println("peers:", h.peers)

	var mu sync.Mutex
	var wg sync.WaitGroup
	lines := []string{}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			var b bytes.Buffer
			gl := log.New(&b, "", log.Lshortfile)
			gl.Printf("worker %d", i)
			mu.Lock()
			lines = append(lines, strings.TrimSpace(b.String()))
			mu.Unlock()
		}(i)
	}
	wg.Wait()
	fmt.Println(len(lines), strings.HasPrefix(lines[0], "main.go:66: worker "))

	log.SetFlags(0)
	log.Println("no file")
	log.SetFlags(log.Lshortfile | log.Llongfile)
	defer func() { log.Println("deferred") }()
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		l.Panicf("bad %v", status(0))
	}()
}
