// difftest: same
package main

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
)

type WebServer struct {
	root string
	ln   net.Listener
	wg   sync.WaitGroup
	hits map[string]int
	mu   sync.Mutex
}

func (s *WebServer) serve(c net.Conn) {
	defer s.wg.Done()
	defer c.Close()
	r := bufio.NewReader(c)
	line, err := r.ReadString('\n')
	if err != nil {
		return
	}
	for {
		h, err := r.ReadString('\n')
		if err != nil || h == "\r\n" {
			break
		}
	}
	parts := strings.Fields(line)
	if len(parts) != 3 || parts[0] != "GET" {
		fmt.Fprint(c, "HTTP/1.1 400 Bad Request\r\n\r\n")
		return
	}
	name := filepath.Join(s.root, filepath.Clean("/"+parts[1]))
	s.mu.Lock()
	s.hits[parts[1]]++
	s.mu.Unlock()
	f, err := os.Open(name)
	if err != nil {
		var pe *os.PathError
		if ok := errorsAs(err, &pe); ok {
			fmt.Fprintf(c, "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n<h1>404 %s</h1>\n", pe.Op)
		}
		return
	}
	defer f.Close()
	st, _ := f.Stat()
	fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n", st.Size())
	io.Copy(c, f)
}

func errorsAs(err error, target **os.PathError) bool {
	pe, ok := err.(*os.PathError)
	if ok {
		*target = pe
	}
	return ok
}

func (s *WebServer) run() {
	for {
		c, err := s.ln.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go s.serve(c)
	}
}

func get(addr, path string) string {
	c, err := net.Dial("tcp", addr)
	if err != nil {
		return err.Error()
	}
	defer c.Close()
	fmt.Fprintf(c, "GET %s HTTP/1.1\r\nHost: localhost\r\n\r\n", path)
	b, _ := io.ReadAll(c)
	return string(b)
}

func main() {
	dir, _ := os.MkdirTemp(".", "web")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "HelloWorld.html"), []byte("<html><body>Hello</body></html>\n"), 0o644)
	ln, _ := net.Listen("tcp", "127.0.0.1:0")
	s := &WebServer{root: dir, ln: ln, hits: map[string]int{}}
	go s.run()
	var wg sync.WaitGroup
	out := make([]string, 4)
	for i, p := range []string{"/HelloWorld.html", "/missing.html", "/../HelloWorld.html", "/HelloWorld.html"} {
		wg.Add(1)
		go func() {
			defer wg.Done()
			out[i] = get(ln.Addr().String(), p)
		}()
	}
	wg.Wait()
	for i, o := range out {
		fmt.Printf("%d %q\n", i, o)
	}
	ln.Close()
	s.wg.Wait()
	fmt.Println(s.hits["/HelloWorld.html"], len(s.hits))
}
