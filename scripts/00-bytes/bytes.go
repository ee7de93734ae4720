//go:build ignore

// Bytes and encodings: a socket carries bytes, not text. A program encodes
// its text into bytes before it sends them and decodes the bytes it
// receives back into text. This script needs no network: run it and compare
// each line with the code that printed it.
package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

// show prints an expression and its value, like the slides' "expr → value".
func show(expr string, value any) {
	fmt.Printf("%-32s → %v\n", expr, value)
}

func main() {
	// Encode: Python's 'string'.encode() is []byte("string") in Go.
	msg := []byte("string")
	show("type of msg", fmt.Sprintf("%T", msg)) // []uint8: byte is another name for uint8
	show("msg", msg)                            // each byte is a number: 's' is 115
	show("msg as text", fmt.Sprintf("%q", msg)) // Python shows it as b'string'
	show("len(msg)", len(msg))                  // 6 bytes ...
	show(`len("string")`, len("string"))        // ... for 6 letters
	show("string(msg)", string(msg))            // decode: Python's msg.decode()

	// The Chinese character 中 is code point U+4E2D, written "\u4e2d".
	msg1 := "\u4e2d"
	show("type of msg1", fmt.Sprintf("%T", msg1))
	show("msg1", msg1)
	// One character (a "rune" in Go) ...
	show("utf8.RuneCountInString(msg1)", utf8.RuneCountInString(msg1))
	// ... but Go strings are stored as UTF-8, and len counts bytes, not
	// characters (Python's len('\u4e2d') is 1).
	show("len(msg1)", len(msg1))

	msg2 := []byte(msg1) // encode
	show("type of msg2", fmt.Sprintf("%T", msg2))
	show("len(msg2)", len(msg2))                  // 3 bytes in UTF-8
	show("msg2 in hex", fmt.Sprintf("% x", msg2)) // Python: b'\xe4\xb8\xad'

	msg3 := string(msg2) // decode
	show("type of msg3", fmt.Sprintf("%T", msg3))
	show("utf8.RuneCountInString(msg3)", utf8.RuneCountInString(msg3))
	show("msg3", msg3)

	// Python's b"hello world" == "hello world".encode(): the bytes written
	// out one by one are the same as the encoded string.
	literal := []byte{'h', 'e', 'l', 'l', 'o', ' ', 'w', 'o', 'r', 'l', 'd'}
	encoded := []byte("hello world")
	show("bytes.Equal(literal, encoded)", bytes.Equal(literal, encoded))
}
