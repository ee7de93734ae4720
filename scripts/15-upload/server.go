//go:build ignore

// Exercise 2, the upload server: each client sends a file name and the
// file's contents; the server saves the file as recv-NAME in its folder and
// acknowledges it. It runs until you stop it with Ctrl-C.
//
// The protocol: NAME, a NUL byte, the CONTENTS, two NUL bytes. The
// acknowledgement is two NUL bytes.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:1234")
	fmt.Println("Server in listen mode...")

	ln.Serve(func(conn *sock.Conn) {
		addr := conn.RemoteAddr()
		fmt.Printf("Connection from %s:%d\n", addr.Host, addr.Port)

		name, ok := conn.RecvUntil("\x00") // the file name, up to one NUL
		if !ok {
			fmt.Println("The client left without sending a file.")
			return
		}
		contents, ok := conn.RecvUntil("\x00\x00") // the contents, up to two NULs
		if !ok {
			fmt.Println("The client left before the end of the file.")
			return
		}
		fmt.Println("End of file")

		saveAs, err := savedName(name)
		if err != nil {
			fmt.Println("Refused the file:", err) // no acknowledgement: the client sees the connection close
			return
		}
		if err := os.WriteFile(saveAs, []byte(contents), 0o644); err != nil {
			fmt.Println("Cannot save the file:", err)
			return
		}
		fmt.Println("Saved", saveAs)
		conn.SendString("\x00\x00") // the acknowledgement
	})
}

// savedName returns the name to save an uploaded file under: "recv-" and
// the last part of the name the client sent. The name comes from another
// program, so it is checked: "../x" would save the file outside this folder.
func savedName(name string) (string, error) {
	parts := strings.FieldsFunc(name, func(r rune) bool { return r == '/' || r == '\\' })
	for _, p := range parts {
		if p == ".." {
			return "", fmt.Errorf("the name %q leads out of this folder (..)", name)
		}
	}
	if len(parts) == 0 || parts[len(parts)-1] == "." {
		return "", fmt.Errorf("the name %q names no file", name)
	}
	return "recv-" + parts[len(parts)-1], nil
}
