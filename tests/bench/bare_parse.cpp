// bare_parse DIR: the floor for `plan validate`. Reads plan.yaml, actions/*
// and kpis/* and runs yaml-cpp's event parser over each with an empty handler,
// on one thread: no tree, no typing, no schema, no model.
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <vector>

namespace {

struct Nothing : YAML::EventHandler {
    std::size_t events = 0;
    void OnDocumentStart(const YAML::Mark&) override { ++events; }
    void OnDocumentEnd() override { ++events; }
    void OnNull(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnAlias(const YAML::Mark&, YAML::anchor_t) override { ++events; }
    void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t, const std::string&) override { ++events; }
    void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnSequenceEnd() override { ++events; }
    void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t, YAML::EmitterStyle::value) override {
        ++events;
    }
    void OnMapEnd() override { ++events; }
};

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: bare_parse DIR\n";
        return 2;
    }
    namespace fs = std::filesystem;
    fs::path root = argv[1];
    std::vector<fs::path> files{root / "plan.yaml"};
    for (const char* folder : {"actions", "kpis"}) {
        std::vector<fs::path> in;
        for (const auto& e : fs::directory_iterator(root / folder)) in.push_back(e.path());
        std::sort(in.begin(), in.end());
        files.insert(files.end(), in.begin(), in.end());
    }
    Nothing handler;
    std::uintmax_t bytes = 0;
    for (const auto& f : files) {
        std::ifstream in(f, std::ios::binary);
        bytes += fs::file_size(f);
        try {
            YAML::Parser parser(in);
            while (parser.HandleNextDocument(handler)) {
            }
        } catch (const YAML::Exception& e) {
            std::cerr << f.string() << ": " << e.what() << "\n";
            return 1;
        }
    }
    std::cout << files.size() << " files, " << bytes << " bytes, " << handler.events << " events\n";
    return 0;
}
