// difftest: same
package main

// Exercise 2, an upload: the client sends a file's name, a NUL, its
// contents and two NULs; the server saves it as recv-NAME in its folder and
// acknowledges with two NULs. Here the folder is a temporary one inside
// the program's own.

import (
	"bytes"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"strings"
)

func uploadServer(ln net.Listener, dir string, note chan<- string, done chan<- error) {
	clientSocket, err := ln.Accept()
	if err != nil {
		done <- err
		return
	}
	defer clientSocket.Close()
	var msg []byte
	buf := make([]byte, 7)
	for !bytes.HasSuffix(msg, []byte{0, 0}) {
		n, err := clientSocket.Read(buf)
		if err != nil {
			done <- fmt.Errorf("reading the upload: %w", err)
			return
		}
		msg = append(msg, buf[:n]...)
	}
	note <- "server: End of file"
	fn, contents, ok := strings.Cut(string(msg[:len(msg)-2]), "\x00")
	if !ok {
		done <- fmt.Errorf("no name in %q", msg)
		return
	}
	err = os.WriteFile(filepath.Join(dir, "recv-"+fn), []byte(contents), 0o644)
	clientSocket.Write([]byte{0, 0})
	done <- err
}

func main() {
	dir, err := os.MkdirTemp(".", "upload-")
	if err != nil {
		panic(err)
	}
	defer os.RemoveAll(dir)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	done := make(chan error, 1)
	note := make(chan string, 1)
	go uploadServer(ln, dir, note, done)

	fn := "notes.txt"
	contents := "line one\nline two\nthe end\n"
	s, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	s.Write([]byte(fn))
	s.Write([]byte{0})
	s.Write([]byte(contents))
	s.Write([]byte{0, 0})
	fmt.Println("Sent file")
	ack := make([]byte, 2)
	n, _ := s.Read(ack)
	fmt.Printf("Received acknowledgement %v\n", ack[:n])
	fmt.Println(<-note)
	s.Close()
	if err := <-done; err != nil {
		fmt.Println("server:", err)
		return
	}
	saved, err := os.ReadFile(filepath.Join(dir, "recv-notes.txt"))
	fmt.Printf("saved %q, %v\n", saved, err)
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		fmt.Println(e.Name(), info.Size(), info.Mode())
	}
}
