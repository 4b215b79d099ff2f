-- wrk script: POST a mix of learner profiles to /api/v1/matches, round robin.
local profiles = {
  '{"interests":"I like drawing and video games, I help at my uncle\'s garage","skills":["Python","CPR","customer service"]}',
  '{"interests":"I love animals and want to work outside"}',
  '{"skills":["Python","SQL","Tableau"]}',
  '{"interests":"i want to be a nurse someday, i volunteer at the hospital","skills":["first aid"]}',
  '{"interests":"building things, woodshop, helping my dad fix the house","skills":["power tools"]}',
  '{"interests":"making tiktoks and editing videos, maybe marketing","skills":["Canva","social media"]}',
  '{"interests":"i like money and math, maybe banking or accounting","skills":["Excel"]}',
  '{"interests":"cooking for my family and planning parties","framework":"sacramento-works"}',
}
local i = 0
request = function()
  i = i + 1
  local body = profiles[(i % #profiles) + 1]
  return wrk.format("POST", "/api/v1/matches", {["Content-Type"] = "application/json"}, body)
end

local errors = 0
response = function(status, headers, body)
  if status ~= 200 then errors = errors + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-200 responses: %d\n", summary.errors.status))
end
