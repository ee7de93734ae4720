// difftest: same

package main

// net/mail: a message's headers, addresses and address lists, its body, a
// bad address; and textproto's MIME header with repeated keys.

import (
	"bufio"
	"fmt"
	"io"
	"net/mail"
	"net/textproto"
	"strings"
)

func main() {
	msg := "From: Ann Smith <ann@example.com>\r\nTo: bob@example.com, \"Carl, Jr\" <carl@x.org>\r\nSubject: Hello\r\nX-Count: 3\r\n\r\nBody line 1\r\nline 2\r\n"
	m, err := mail.ReadMessage(strings.NewReader(msg))
	fmt.Println(err, m.Header.Get("Subject"), m.Header.Get("x-count"))
	from, _ := mail.ParseAddress(m.Header.Get("From"))
	fmt.Println(from.Name, from.Address, from.String())
	to, err := m.Header.AddressList("To")
	fmt.Println(len(to), err, to[1].Name)
	body, _ := io.ReadAll(m.Body)
	fmt.Printf("%q\n", body)
	_, err = mail.ParseAddress("not an address")
	fmt.Println(err)
	tr := textproto.NewReader(bufio.NewReader(strings.NewReader("Content-Type: text/plain\r\nX-A: 1\r\nX-A: 2\r\n\r\n")))
	h, err := tr.ReadMIMEHeader()
	fmt.Println(h.Values("X-A"), h.Get("content-type"), err, textproto.CanonicalMIMEHeaderKey("x-custom-key"))
}
