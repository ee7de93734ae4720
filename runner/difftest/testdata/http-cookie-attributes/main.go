// difftest: same
package main

// Cookies with their attributes as http.SetCookie writes them, read back
// from a recorded response and from a request.

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"time"
)

func main() {
	rec := httptest.NewRecorder()
	http.SetCookie(rec, &http.Cookie{Name: "a", Value: "1", Path: "/", MaxAge: 3600, Secure: true, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	http.SetCookie(rec, &http.Cookie{Name: "b", Value: "hello world", Expires: time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC)})
	http.SetCookie(rec, &http.Cookie{Name: "gone", Value: "", MaxAge: -1})
	http.SetCookie(rec, &http.Cookie{Name: "bad name", Value: "x"})
	for _, v := range rec.Header().Values("Set-Cookie") {
		fmt.Println(v)
	}
	resp := rec.Result()
	for _, c := range resp.Cookies() {
		fmt.Printf("%s=%q maxage=%d secure=%v\n", c.Name, c.Value, c.MaxAge, c.Secure)
	}
	req := httptest.NewRequest("GET", "/", nil)
	req.AddCookie(&http.Cookie{Name: "x", Value: "1"})
	req.AddCookie(&http.Cookie{Name: "y", Value: "2"})
	fmt.Println(req.Header.Get("Cookie"))
	_, err := req.Cookie("z")
	fmt.Println(err, err == http.ErrNoCookie)
	fmt.Println(len(req.Cookies()))
	c := &http.Cookie{Name: "", Value: "v"}
	fmt.Println(c.Valid())
	cs, err := http.ParseCookie("k=v; k2=v2")
	fmt.Println(len(cs), err)
}
