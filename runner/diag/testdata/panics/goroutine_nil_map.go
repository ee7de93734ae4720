// want 10:3 panic: assignment to entry in nil map
package main

func main() {
	done := make(chan bool)
	go func() {
		var scores map[string]int
		n := len(scores)
		_ = n
		scores["alice"] = 1
		done <- true
	}()
	<-done
}
