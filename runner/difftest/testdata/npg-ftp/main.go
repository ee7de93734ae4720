// difftest: same
package main

// The small file-transfer protocol of Network Programming with Go
// (DIR, CD, PWD), over a tree kept in memory: the client sends a command
// per line, the server answers with lines and an empty line at the end.

import (
	"bufio"
	"fmt"
	"net"
	"path"
	"sort"
	"strings"
)

const (
	DIR = "DIR"
	CD  = "CD"
	PWD = "PWD"
)

var tree = map[string][]string{
	"/":        {"docs", "src", "README"},
	"/docs":    {"guide.txt", "notes.txt"},
	"/src":     {"main.go", "net"},
	"/src/net": {"conn.go"},
}

func handle(conn net.Conn) {
	defer conn.Close()
	cwd := "/"
	r := bufio.NewScanner(conn)
	w := bufio.NewWriter(conn)
	for r.Scan() {
		fields := strings.Fields(r.Text())
		if len(fields) == 0 {
			continue
		}
		switch cmd := strings.ToUpper(fields[0]); cmd {
		case DIR:
			names := append([]string(nil), tree[cwd]...)
			sort.Strings(names)
			for _, n := range names {
				fmt.Fprintln(w, n)
			}
		case CD:
			if len(fields) != 2 {
				fmt.Fprintln(w, "ERROR usage: CD dir")
				break
			}
			next := path.Clean(path.Join(cwd, fields[1]))
			if _, ok := tree[next]; !ok {
				fmt.Fprintf(w, "ERROR no directory %s\n", next)
				break
			}
			cwd = next
			fmt.Fprintln(w, "OK")
		case PWD:
			fmt.Fprintln(w, cwd)
		default:
			fmt.Fprintf(w, "ERROR unknown command %q\n", cmd)
		}
		fmt.Fprintln(w)
		w.Flush()
	}
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		fmt.Println(err)
		return
	}
	go func() {
		c, err := ln.Accept()
		if err == nil {
			handle(c)
		}
	}()
	conn, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		fmt.Println(err)
		return
	}
	defer conn.Close()
	replies := bufio.NewReader(conn)
	for _, cmd := range []string{"pwd", "dir", "cd src", "dir", "cd net", "pwd", "cd ../../docs", "dir", "cd nowhere", "cd", "quit"} {
		fmt.Fprintln(conn, cmd)
		fmt.Println(">", cmd)
		for {
			line, err := replies.ReadString('\n')
			if err != nil {
				fmt.Println("read:", err)
				return
			}
			if line == "\n" {
				break
			}
			fmt.Print("  ", line)
		}
	}
}
