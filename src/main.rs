fn main() {
    nour::start();
}
