// difftest: same
package main

// A Caesar cipher service: the client sends "ENC 3 text" or "DEC 3 text";
// the server shifts letters by the key (keeping case, leaving the rest) and
// answers. strings.Map does the work; strconv reports a bad key.

import (
	"bufio"
	"fmt"
	"net"
	"strconv"
	"strings"
)

func shift(key int) func(rune) rune {
	key = ((key % 26) + 26) % 26
	return func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(key))%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(key))%26
		}
		return r
	}
}

func handle(line string) string {
	parts := strings.SplitN(line, " ", 3)
	if len(parts) != 3 {
		return "ERR expected: ENC|DEC key text"
	}
	key, err := strconv.Atoi(parts[1])
	if err != nil {
		return "ERR " + err.Error()
	}
	switch parts[0] {
	case "ENC":
	case "DEC":
		key = -key
	default:
		return "ERR unknown mode " + strconv.Quote(parts[0])
	}
	return strings.Map(shift(key), parts[2])
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	defer ln.Close()
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		w := bufio.NewWriter(c)
		for sc.Scan() {
			w.WriteString(handle(sc.Text()) + "\n")
			w.Flush()
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	defer c.Close()
	rw := bufio.NewReadWriter(bufio.NewReader(c), bufio.NewWriter(c))
	requests := []string{
		"ENC 3 Hello, World!",
		"DEC 3 Khoor, Zruog!",
		"ENC -1 abc XYZ",
		"ENC 29 zebra",
		"ENC three words",
		"ROT 13 x",
		"DEC",
	}
	for _, req := range requests {
		rw.WriteString(req + "\n")
		rw.Flush()
		reply, _ := rw.ReadString('\n')
		fmt.Printf("%-22q %s", req, reply)
	}
}
