-- wrk script: POST /api/v1/matches with a new, student-like profile on every request, so that neither the match
-- cache nor the query-vector cache (one entry per clause of the interests) can answer it.
--
-- A profile is two clauses built from the word lists below (a verb, an adjective, a thing and a place: about 1.6
-- million clauses), a school subject, and 0-3 skills; one profile in eight has a typo. All words are authored here for
-- load runs: none comes from the evaluation suites. Seeded: the same SEED (environment variable, default 42) gives
-- every wrk thread the same sequence on every run (thread i uses SEED + i).
--
--   wrk -t2 -c16 -d60s -s evaluation/load/unique-profiles.lua http://127.0.0.1:8080
local verbs = {"fixing", "building", "drawing", "painting", "repairing", "designing", "cooking", "baking", "growing",
  "selling", "coding", "filming", "editing", "teaching", "coaching", "planning", "measuring", "testing", "sewing",
  "welding", "racing", "caring for", "feeding", "cleaning", "writing about", "photographing", "organizing",
  "sorting", "delivering", "recording"}
local adjectives = {"old", "broken", "tiny", "electric", "wooden", "homemade", "used", "vintage", "noisy", "shiny",
  "custom", "cheap", "fancy", "small", "giant", "rusty", "colorful", "digital", "handmade", "loud", "soft",
  "spicy", "fresh", "heavy", "fast", "quiet", "strange", "local", "family", "secondhand"}
local things = {"bikes", "cars", "radios", "phones", "websites", "cakes", "tacos", "tomatoes", "chickens", "puppies",
  "horses", "songs", "videos", "comics", "posters", "skateboards", "drones", "robots", "computers", "gardens",
  "dresses", "sneakers", "furniture", "boats", "games", "apps", "stories", "maps", "engines", "fish tanks",
  "birdhouses", "guitars", "lamps", "budgets", "spreadsheets", "medicines", "bandages", "uniforms", "trucks",
  "tractors", "houses", "fences", "roofs", "bridges", "signs", "shoes", "bracelets", "candles", "soaps", "plants",
  "trees", "rockets", "batteries", "solar panels", "keyboards", "cameras", "podcasts", "menus", "recipes", "costumes"}
local places = {"at my uncle's garage", "in the school shop", "at home", "for my neighbors", "at the church",
  "on weekends", "after school", "at the farm", "for the robotics club", "at my aunt's bakery", "at summer camp",
  "in the backyard", "at the community center", "for my little brother", "with my grandma", "at the county fair",
  "at the animal shelter", "in the library", "for the school play", "at the flea market", "downtown",
  "at the hospital", "in my room", "for the soccer team", "at the lake", "on the internet", "at the park",
  "for my friends", "at the mall", "in the city"}
local openers = {"I like ", "I love ", "i enjoy ", "I'm into ", "my hobby is ", "I spend a lot of time ",
  "i really like ", "I want to keep ", "sometimes I help with ", "i'm good at "}
local subjects = {"math", "biology", "chemistry", "art", "music", "history", "english", "spanish", "physics",
  "computer science", "health", "economics", "shop class", "drama", "gym", "geography", "psychology",
  "business", "agriculture class", "photography"}
local skills = {"Python", "Excel", "first aid", "CPR", "customer service", "welding", "carpentry", "public speaking",
  "Spanish", "social media", "Canva", "Photoshop", "SQL", "JavaScript", "cooking", "sewing", "driving",
  "bookkeeping", "teamwork", "leadership", "video editing", "3D printing", "Arduino", "soldering", "typing"}

local function pick(list)
  return list[math.random(#list)]
end

local function typo(word)
  if #word < 4 then
    return word
  end
  local i = math.random(2, #word - 1)
  return word:sub(1, i - 1) .. word:sub(i + 1, i + 1) .. word:sub(i, i) .. word:sub(i + 2)
end

local function clause()
  return pick(verbs) .. " " .. pick(adjectives) .. " " .. pick(things) .. " " .. pick(places)
end

local function profile()
  local interests = pick(openers) .. clause() .. " and " .. clause() .. ", my favorite subject is " .. pick(subjects)
  if math.random(8) == 1 then
    local words = {}
    for w in interests:gmatch("%S+") do
      words[#words + 1] = w
    end
    local k = math.random(#words)
    words[k] = typo(words[k])
    interests = table.concat(words, " ")
  end
  local body = '{"interests":"' .. interests:gsub('"', "'") .. '"'
  local n = math.random(0, 3)
  if n > 0 then
    local chosen = {}
    for _ = 1, n do
      chosen[#chosen + 1] = '"' .. pick(skills) .. '"'
    end
    body = body .. ',"skills":[' .. table.concat(chosen, ",") .. "]"
  end
  return body .. "}"
end

local counter = 1
function setup(thread)
  thread:set("index", counter)
  counter = counter + 1
end

function init(args)
  local seed = tonumber(os.getenv("SEED") or "42")
  math.randomseed(seed + (index or 0))
end

local headers = {["Content-Type"] = "application/json"}
function request()
  return wrk.format("POST", "/api/v1/matches", headers, profile())
end

function done(summary, latency, requests)
  io.write(string.format("requests: %d, non-2xx/3xx: %d, connect errors: %d, read errors: %d, write errors: %d, "
    .. "timeouts: %d\n", summary.requests, summary.errors.status, summary.errors.connect, summary.errors.read,
    summary.errors.write, summary.errors.timeout))
  io.write(string.format("latency p50 %.1f ms, p99 %.1f ms, p99.9 %.1f ms, max %.1f ms\n",
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency:percentile(99.9) / 1000,
    latency.max / 1000))
end
