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

	"github.com/socklab/socklab/stdlib/sock"
)

func main() {
	ln := sock.Listen("127.0.0.1:1234")
	fmt.Println("Server in listen mode...")

	ln.Serve(func(conn *sock.Conn) {
		addr := conn.RemoteAddr()
		fmt.Printf("Connection from %s:%d\n", addr.Host, addr.Port)

		// TODO: receive the file name (up to one NUL: conn.RecvUntil) and
		// the contents (up to two NULs), then print "End of file".
		// TODO: save the contents as "recv-" + the name (os.WriteFile).
		// The name comes from another program: save only its last part,
		// and refuse, with a message, a name that is empty or holds "..".
		// TODO: acknowledge the file: send two NUL bytes.
	})
}
