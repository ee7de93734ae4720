//go:build ignore

// Exercise 2, the upload client: it reads the file you name and sends its
// name and contents to the upload server, then waits for the server to
// acknowledge it.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/socklab/socklab/stdlib/console"
	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	fn := console.Input("Enter file: ")

	data, err := os.ReadFile(fn) // the file the user named
	if err != nil {
		fmt.Println("Cannot read the file:", err)
		return
	}
	contents := string(data)
	if strings.Contains(contents, "\x00") {
		fmt.Println("This protocol sends text files only:", fn, "holds a NUL byte.")
		return
	}

	conn := sock.Dial("127.0.0.1:1234")
	defer conn.Close()
	conn.SendUntil(fn, "\x00")           // the name, then a NUL
	conn.SendUntil(contents, "\x00\x00") // the contents, then two NULs: the end of the file
	fmt.Println("Sent file")

	if _, ok := conn.RecvUntil("\x00\x00"); !ok {
		fmt.Println("The server closed the connection without acknowledging the file.")
		return
	}
	fmt.Println("Received acknowledgement")
}
