// difftest: same
package main

// A Morse code server: "ENC text" answers with the code, letters apart by
// spaces and words by " / "; "DEC code" answers with the text. The decoding
// table is built from the encoding table in init. A character with no code
// is an error that names it and its position.

import (
	"bufio"
	"fmt"
	"net"
	"strings"
	"unicode"
)

var toMorse = map[rune]string{
	'A': ".-", 'B': "-...", 'C': "-.-.", 'D': "-..", 'E': ".", 'F': "..-.", 'G': "--.",
	'H': "....", 'I': "..", 'J': ".---", 'K': "-.-", 'L': ".-..", 'M': "--", 'N': "-.",
	'O': "---", 'P': ".--.", 'Q': "--.-", 'R': ".-.", 'S': "...", 'T': "-", 'U': "..-",
	'V': "...-", 'W': ".--", 'X': "-..-", 'Y': "-.--", 'Z': "--..",
	'0': "-----", '1': ".----", '2': "..---", '3': "...--", '4': "....-",
	'5': ".....", '6': "-....", '7': "--...", '8': "---..", '9': "----.",
}

var fromMorse = make(map[string]rune)

func init() {
	for r, code := range toMorse {
		fromMorse[code] = r
	}
}

type badChar struct {
	r   rune
	pos int
}

func (e badChar) Error() string { return fmt.Sprintf("no code for %q at %d", e.r, e.pos) }

func encode(text string) (string, error) {
	var words []string
	for _, w := range strings.Fields(text) {
		var codes []string
		for i, r := range w {
			code, ok := toMorse[unicode.ToUpper(r)]
			if !ok {
				return "", badChar{r, strings.Index(text, w) + i}
			}
			codes = append(codes, code)
		}
		words = append(words, strings.Join(codes, " "))
	}
	return strings.Join(words, " / "), nil
}

func decode(code string) (string, error) {
	var b strings.Builder
	for i, w := range strings.Split(code, " / ") {
		if i > 0 {
			b.WriteByte(' ')
		}
		for _, c := range strings.Fields(w) {
			r, ok := fromMorse[c]
			if !ok {
				return b.String(), fmt.Errorf("unknown code %q after %q", c, b.String())
			}
			b.WriteRune(r)
		}
	}
	return b.String(), nil
}

func main() {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		panic(err)
	}
	go func() {
		c, err := ln.Accept()
		if err != nil {
			return
		}
		defer c.Close()
		sc := bufio.NewScanner(c)
		for sc.Scan() {
			cmd, arg, _ := strings.Cut(sc.Text(), " ")
			var out string
			var err error
			switch cmd {
			case "ENC":
				out, err = encode(arg)
			case "DEC":
				out, err = decode(arg)
			default:
				err = fmt.Errorf("unknown command %s", cmd)
			}
			if err != nil {
				fmt.Fprintln(c, "ERR", err)
			} else {
				fmt.Fprintln(c, "OK", out)
			}
		}
	}()
	c, err := net.Dial("tcp", ln.Addr().String())
	if err != nil {
		panic(err)
	}
	r := bufio.NewReader(c)
	for _, req := range []string{"ENC sos", "ENC Hello World 42", "DEC ... --- ...", "DEC .... .. / - .... . .-. .",
		"ENC café", "DEC ..-- .-", "PING"} {
		fmt.Fprintln(c, req)
		line, _ := r.ReadString('\n')
		fmt.Printf("%-30s %s", req, line)
	}
	c.Close()
	fmt.Println(len(toMorse) == len(fromMorse))
}
